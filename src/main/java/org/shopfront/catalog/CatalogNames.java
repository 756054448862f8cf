package org.shopfront.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The names of given offerings, needs and providers, reading only those: for a list (the
 * scoreboard's rows) that names a few of them, where reading every offering cost more
 * than the list.
 */
@Repository
class CatalogNames {

	static final String OFFERINGS = "select id, title as name from offering where id in (:ids)";

	/** A need or provider is named only if it has an offering, as in the store. */
	static final String NEEDS = """
			select n.id, n.title as name from need n
			where n.id in (:ids) and exists (select 1 from offering o where o.need_id = n.id)
			""";

	static final String PROVIDERS = """
			select p.id, p.name from provider p
			where p.id in (:ids) and exists (select 1 from offering o where o.provider_id = p.id)
			""";

	/** Ids per statement, well below the parameter limits of H2 and PostgreSQL. */
	private static final int BATCH = 1_000;

	private final JdbcClient jdbc;

	CatalogNames(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Map<UUID, String> of(String query, Collection<UUID> ids) {
		Map<UUID, String> names = new HashMap<>();
		List<UUID> all = new ArrayList<>(ids);
		for (int from = 0; from < all.size(); from += BATCH) {
			this.jdbc.sql(query)
				.param("ids", all.subList(from, Math.min(all.size(), from + BATCH)))
				.query((RowCallbackHandler) (rs) -> names.put(rs.getObject("id", UUID.class), rs.getString("name")));
		}
		return names;
	}

}
