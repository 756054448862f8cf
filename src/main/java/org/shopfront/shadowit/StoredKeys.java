package org.shopfront.shadowit;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which of a batch's natural keys are stored already, so that an import adds only new
 * sign-in months and can tell them from the months it adds to.
 */
@Component
class StoredKeys {

	/** How many keys one query looks up. */
	private static final int KEYS_PER_QUERY = 1000;

	/** The tables of imported lines and the query for their keys. */
	enum Table {

		SIGN_IN_MONTH("select usage_key from sign_in_month where usage_key in (:keys)");

		private final String query;

		Table(String query) {
			this.query = query;
		}

	}

	private final JdbcClient jdbc;

	StoredKeys(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Set<String> among(Table table, List<String> keys) {
		Set<String> stored = new HashSet<>();
		for (int from = 0; from < keys.size(); from += KEYS_PER_QUERY) {
			stored.addAll(this.jdbc.sql(table.query)
				.param("keys", keys.subList(from, Math.min(keys.size(), from + KEYS_PER_QUERY)))
				.query(String.class)
				.list());
		}
		return stored;
	}

}
