package org.shopfront.people;

import java.sql.ResultSet;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.shopfront.shared.paging.Cursor;
import org.shopfront.shared.paging.Keyset;
import org.shopfront.shared.paging.Page;
import org.shopfront.shared.paging.PageRequest;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores people, their roles and their manager.
 */
@Repository
class Users {

	/**
	 * People with their unit, manager and roles: one row per role, folded by
	 * {@link #fold}.
	 */
	private static final String PERSON_SELECT = """
			select u.id, u.username, u.display_name, u.email, u.password_hash, u.unit_id, b.name as unit_name,
			       u.manager_id, m.display_name as manager_name, u.enabled, u.service_account, u.version, r.role
			from app_user u
			left join business_unit b on b.id = u.unit_id
			left join app_user m on m.id = u.manager_id
			left join user_role r on r.user_id = u.id
			""";

	private static final Keyset BY_NAME = Keyset.ascending("display_name", "id");

	private final JdbcClient jdbc;

	Users(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Person> findPerson(UserId id) {
		return findAccount(id).map(Account::toPerson);
	}

	Optional<Person> findPersonByUsername(String username) {
		return findAccountByUsername(username).map(Account::toPerson);
	}

	List<Person> findPeopleWithRole(Role role) {
		return fold(this.jdbc.sql(PERSON_SELECT + """
				where exists (select 1 from user_role h where h.user_id = u.id and h.role = :role)
				order by u.display_name, u.id
				""").param("role", role.name()).query(this::mapRow).list()).stream().map(Account::toPerson).toList();
	}

	Optional<Account> findAccount(UserId id) {
		return fold(
				this.jdbc.sql(PERSON_SELECT + " where u.id = :id").param("id", id.value()).query(this::mapRow).list())
			.stream()
			.findFirst();
	}

	Optional<Account> findAccountByUsername(String username) {
		return fold(this.jdbc.sql(PERSON_SELECT + " where lower(u.username) = lower(:username)")
			.param("username", username)
			.query(this::mapRow)
			.list()).stream().findFirst();
	}

	List<Account> findAccountsByEmail(String email) {
		return fold(this.jdbc.sql(PERSON_SELECT + " where lower(u.email) = lower(:email)")
			.param("email", email)
			.query(this::mapRow)
			.list());
	}

	/** Whether any enabled person has the admin role. */
	boolean adminExists() {
		return this.jdbc.sql("""
				select count(*) from app_user u join user_role r on r.user_id = u.id
				where r.role = 'ADMIN' and u.enabled
				""").query(Long.class).single() > 0;
	}

	/**
	 * One page of the people whose name, user name or email holds the query, by name: the
	 * page's people are picked in SQL (along app_user_name_idx), and only they are then
	 * read with their roles, unit and manager.
	 */
	Page<Account> search(String query, PageRequest page) {
		String text = (query == null) ? "" : query.strip().toLowerCase(Locale.ROOT);
		String filter = text.isEmpty() ? ""
				: " and (lower(display_name) like :q or lower(username) like :q or lower(email) like :q)";
		Map<String, Object> params = new HashMap<>(BY_NAME.params(page));
		if (!text.isEmpty()) {
			params.put("q", "%" + text + "%");
		}
		List<UUID> ids = this.jdbc
			.sql("select id from app_user where 1 = 1" + filter + BY_NAME.after(page) + " order by " + BY_NAME.orderBy()
					+ " fetch first " + page.rows() + " rows only")
			.params(params)
			.query(UUID.class)
			.list();
		List<Account> accounts = new ArrayList<>();
		if (!ids.isEmpty()) {
			accounts.addAll(fold(this.jdbc.sql(PERSON_SELECT + " where u.id in (:ids)")
				.param("ids", ids)
				.query(this::mapRow)
				.list()));
		}
		accounts.sort(Comparator.comparingInt(a -> ids.indexOf(a.id().value())));
		return Page.of(accounts, page, a -> Cursor.of(a.displayName(), a.id().value()));
	}

	List<Account> all() {
		return fold(this.jdbc.sql(PERSON_SELECT + " order by u.display_name, u.id").query(this::mapRow).list());
	}

	long count() {
		return this.jdbc.sql("select count(*) from app_user").query(Long.class).single();
	}

	boolean usernameTaken(String username, UserId except) {
		return this.jdbc.sql("select count(*) from app_user where lower(username) = lower(:u) and id <> :id")
			.param("u", username)
			.param("id", except == null ? new UUID(0, 0) : except.value())
			.query(Long.class)
			.single() > 0;
	}

	void insert(Account account) {
		this.jdbc.sql("""
				insert into app_user (id, username, display_name, email, password_hash, unit_id, manager_id, enabled,
				    service_account, version)
				values (:id, :username, :displayName, :email, :passwordHash, :unitId, :managerId, :enabled,
				    :serviceAccount, 0)
				""")
			.param("id", account.id().value())
			.param("username", account.username())
			.param("displayName", account.displayName())
			.param("email", account.email())
			.param("passwordHash", account.passwordHash())
			.param("unitId", account.unitId() == null ? null : account.unitId().value())
			.param("managerId", account.managerId() == null ? null : account.managerId().value())
			.param("enabled", account.enabled())
			.param("serviceAccount", account.serviceAccount())
			.update();
		saveRoles(account.id(), account.roles());
	}

	/** Saves changes to an account; false when someone else changed it first. */
	boolean update(Account account) {
		int rows = this.jdbc.sql("""
				update app_user set display_name = :displayName, email = :email, password_hash = :passwordHash,
				       unit_id = :unitId, manager_id = :managerId, enabled = :enabled, version = version + 1
				where id = :id and version = :version
				""")
			.param("id", account.id().value())
			.param("displayName", account.displayName())
			.param("email", account.email())
			.param("passwordHash", account.passwordHash())
			.param("unitId", account.unitId() == null ? null : account.unitId().value())
			.param("managerId", account.managerId() == null ? null : account.managerId().value())
			.param("enabled", account.enabled())
			.param("version", account.version())
			.update();
		if (rows == 0) {
			return false;
		}
		this.jdbc.sql("delete from user_role where user_id = :id").param("id", account.id().value()).update();
		saveRoles(account.id(), account.roles());
		return true;
	}

	private void saveRoles(UserId id, Set<Role> roles) {
		for (Role role : roles) {
			this.jdbc.sql("insert into user_role (user_id, role) values (:id, :role)")
				.param("id", id.value())
				.param("role", role.name())
				.update();
		}
	}

	/** Folds one row per role into one account per person, keeping the query's order. */
	private static List<Account> fold(List<Map.Entry<Account, Role>> rows) {
		Map<UUID, Account> accounts = new LinkedHashMap<>();
		Map<UUID, Set<Role>> roles = new HashMap<>();
		for (Map.Entry<Account, Role> row : rows) {
			UUID id = row.getKey().id().value();
			accounts.putIfAbsent(id, row.getKey());
			Set<Role> mine = roles.computeIfAbsent(id, k -> EnumSet.noneOf(Role.class));
			if (row.getValue() != null) {
				mine.add(row.getValue());
			}
		}
		List<Account> folded = new ArrayList<>();
		accounts.forEach((id, account) -> {
			Set<Role> mine = roles.get(id);
			folded.add(account.withRoles(mine.isEmpty() ? EnumSet.of(Role.CUSTOMER) : mine));
		});
		return folded;
	}

	private Map.Entry<Account, Role> mapRow(ResultSet rs, int row) throws SQLException {
		String role = rs.getString("role");
		return new AbstractMap.SimpleImmutableEntry<>(mapAccount(rs, row), role == null ? null : Role.valueOf(role));
	}

	private Account mapAccount(ResultSet rs, int row) throws SQLException {
		UUID unit = rs.getObject("unit_id", UUID.class);
		UUID manager = rs.getObject("manager_id", UUID.class);
		return new Account(new UserId(rs.getObject("id", UUID.class)), rs.getString("username"),
				rs.getString("display_name"), rs.getString("email"), rs.getString("password_hash"),
				unit == null ? null : new UnitId(unit), rs.getString("unit_name"),
				manager == null ? null : new UserId(manager), rs.getString("manager_name"), rs.getBoolean("enabled"),
				rs.getBoolean("service_account"), Set.of(), rs.getInt("version"));
	}

}
