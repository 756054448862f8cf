package org.shopfront.people;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores business units.
 */
@Repository
class BusinessUnits {

	private static final String SELECT = """
			select b.id, b.name, b.head_id, h.display_name as head_name, b.version,
			       (select count(*) from app_user u where u.unit_id = b.id) as members
			from business_unit b left join app_user h on h.id = b.head_id
			""";

	private final JdbcClient jdbc;

	BusinessUnits(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<BusinessUnit> all() {
		return this.jdbc.sql(SELECT + " order by b.name").query((rs, n) -> map(rs)).list();
	}

	Optional<BusinessUnit> find(UnitId id) {
		return this.jdbc.sql(SELECT + " where b.id = :id").param("id", id.value()).query((rs, n) -> map(rs)).optional();
	}

	Optional<BusinessUnit> findByName(String name) {
		return this.jdbc.sql(SELECT + " where lower(b.name) = lower(:name)")
			.param("name", name.trim())
			.query((rs, n) -> map(rs))
			.optional();
	}

	boolean nameTaken(String name, UnitId except) {
		return this.jdbc.sql("select count(*) from business_unit where lower(name) = lower(:n) and id <> :id")
			.param("n", name.trim())
			.param("id", except == null ? new UUID(0, 0) : except.value())
			.query(Long.class)
			.single() > 0;
	}

	void insert(UnitId id, String name, UserId head) {
		this.jdbc.sql("insert into business_unit (id, name, head_id, version) values (:id, :name, :head, 0)")
			.param("id", id.value())
			.param("name", name.trim())
			.param("head", head == null ? null : head.value())
			.update();
	}

	boolean update(UnitId id, String name, UserId head, int version) {
		return this.jdbc.sql("""
				update business_unit set name = :name, head_id = :head, version = version + 1
				where id = :id and version = :version
				""")
			.param("id", id.value())
			.param("name", name.trim())
			.param("head", head == null ? null : head.value())
			.param("version", version)
			.update() == 1;
	}

	private static BusinessUnit map(java.sql.ResultSet rs) throws java.sql.SQLException {
		UUID head = rs.getObject("head_id", UUID.class);
		return new BusinessUnit(new UnitId(rs.getObject("id", UUID.class)), rs.getString("name"),
				head == null ? null : new UserId(head), rs.getString("head_name"), rs.getLong("members"),
				rs.getInt("version"));
	}

}
