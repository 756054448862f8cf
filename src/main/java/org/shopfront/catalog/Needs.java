package org.shopfront.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores needs and keeps their search text current. */
@Repository
class Needs {

	private final JdbcClient jdbc;

	Needs(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Need> all() {
		return this.jdbc.sql("select * from need order by category, title").query(Needs::map).list();
	}

	Optional<Need> find(NeedId id) {
		return this.jdbc.sql("select * from need where id = :id").param("id", id.value()).query(Needs::map).optional();
	}

	/** The needs that have an offering from this provider, whose search text names it. */
	List<NeedId> servedBy(ProviderId provider) {
		return this.jdbc.sql("select distinct need_id from offering where provider_id = :provider")
			.param("provider", provider.value())
			.query((rs, n) -> new NeedId(rs.getObject(1, UUID.class)))
			.list();
	}

	long count() {
		return this.jdbc.sql("select count(*) from need").query(Long.class).single();
	}

	void insert(Need need) {
		this.jdbc.sql("""
				insert into need (id, title, category, description, search_text, version)
				values (:id, :title, :category, :description, '', 0)
				""")
			.param("id", need.id().value())
			.param("title", need.title())
			.param("category", need.category().name())
			.param("description", need.description())
			.update();
		refreshSearchText(need.id());
	}

	boolean update(Need need) {
		boolean updated = this.jdbc.sql("""
				update need set title = :title, category = :category, description = :description,
				       version = version + 1
				where id = :id and version = :version
				""")
			.param("id", need.id().value())
			.param("title", need.title())
			.param("category", need.category().name())
			.param("description", need.description())
			.param("version", need.version())
			.update() == 1;
		if (updated) {
			refreshSearchText(need.id());
		}
		return updated;
	}

	/**
	 * Rebuilds the lower-cased text that store search matches against: the need's own
	 * words and those of its offerings and their providers.
	 */
	void refreshSearchText(NeedId id) {
		Need need = find(id).orElseThrow(() -> OfferingNotFound.forNeed(id));
		StringBuilder text = new StringBuilder(need.title()).append(' ')
			.append(need.category().name().replace('_', ' '))
			.append(' ')
			.append(need.description());
		this.jdbc.sql("""
				select o.title, o.summary, p.name from offering o join provider p on p.id = o.provider_id
				where o.need_id = :id and o.active
				""")
			.param("id", id.value())
			.query((rs, n) -> rs.getString(1) + ' ' + rs.getString(2) + ' ' + rs.getString(3))
			.list()
			.forEach(words -> text.append(' ').append(words));
		String searchText = text.toString().toLowerCase();
		if (searchText.length() > 20000) {
			searchText = searchText.substring(0, 20000);
		}
		this.jdbc.sql("update need set search_text = :text where id = :id")
			.param("text", searchText)
			.param("id", id.value())
			.update();
	}

	static Need map(ResultSet rs, int row) throws SQLException {
		return new Need(new NeedId(rs.getObject("id", UUID.class)), rs.getString("title"),
				Category.valueOf(rs.getString("category")), rs.getString("description"), rs.getInt("version"));
	}

}
