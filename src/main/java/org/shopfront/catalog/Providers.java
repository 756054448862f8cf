package org.shopfront.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores providers. */
@Repository
class Providers {

	private final JdbcClient jdbc;

	Providers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Provider> all() {
		return this.jdbc.sql("select * from provider order by name").query(Providers::map).list();
	}

	Optional<Provider> find(ProviderId id) {
		return this.jdbc.sql("select * from provider where id = :id")
			.param("id", id.value())
			.query(Providers::map)
			.optional();
	}

	boolean nameTaken(String name, ProviderId except) {
		return this.jdbc.sql("select count(*) from provider where lower(name) = lower(:n) and id <> :id")
			.param("n", name.trim())
			.param("id", except == null ? new UUID(0, 0) : except.value())
			.query(Long.class)
			.single() > 0;
	}

	void insert(Provider p) {
		this.jdbc.sql("""
				insert into provider (id, name, kind, profile, website, version)
				values (:id, :name, :kind, :profile, :website, 0)
				""")
			.param("id", p.id().value())
			.param("name", p.name())
			.param("kind", p.kind().name())
			.param("profile", p.profile())
			.param("website", p.website())
			.update();
	}

	boolean update(Provider p) {
		return this.jdbc.sql("""
				update provider set name = :name, kind = :kind, profile = :profile, website = :website,
				       version = version + 1
				where id = :id and version = :version
				""")
			.param("id", p.id().value())
			.param("name", p.name())
			.param("kind", p.kind().name())
			.param("profile", p.profile())
			.param("website", p.website())
			.param("version", p.version())
			.update() == 1;
	}

	static Provider map(ResultSet rs, int row) throws SQLException {
		return new Provider(new ProviderId(rs.getObject("id", UUID.class)), rs.getString("name"),
				ProviderKind.valueOf(rs.getString("kind")), rs.getString("profile"), rs.getString("website"),
				rs.getInt("version"));
	}

}
