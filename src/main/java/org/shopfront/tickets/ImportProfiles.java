package org.shopfront.tickets;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Saved import profiles, one column per ticket field.
 */
@Repository
class ImportProfiles {

	private static final TicketField[] FIELDS = TicketField.values();

	private final JdbcClient jdbc;

	ImportProfiles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<ImportProfile> all() {
		return this.jdbc.sql("select * from import_profile order by name").query(ImportProfiles::map).list();
	}

	Optional<ImportProfile> find(UUID id) {
		return this.jdbc.sql("select * from import_profile where id = :id")
			.param("id", id)
			.query(ImportProfiles::map)
			.optional();
	}

	ImportProfile require(UUID id) {
		if (id == null) {
			throw ImportProfileNotFound.forId(null);
		}
		return find(id).orElseThrow(() -> ImportProfileNotFound.forId(id));
	}

	void insert(ImportProfile profile) {
		StringBuilder columns = new StringBuilder("id, name, date_pattern, version");
		StringBuilder values = new StringBuilder(":id, :name, :pattern, 0");
		for (TicketField field : FIELDS) {
			columns.append(", ").append(column(field));
			values.append(", :").append(column(field));
		}
		JdbcClient.StatementSpec statement = this.jdbc
			.sql("insert into import_profile (" + columns + ") values (" + values + ")")
			.param("id", profile.id())
			.param("name", profile.name())
			.param("pattern", profile.datePattern());
		bindColumns(statement, profile).update();
	}

	/**
	 * @return false when someone else changed the profile first
	 */
	boolean update(ImportProfile profile) {
		StringBuilder sets = new StringBuilder("name = :name, date_pattern = :pattern, version = version + 1");
		for (TicketField field : FIELDS) {
			sets.append(", ").append(column(field)).append(" = :").append(column(field));
		}
		JdbcClient.StatementSpec statement = this.jdbc
			.sql("update import_profile set " + sets + " where id = :id and version = :version")
			.param("id", profile.id())
			.param("version", profile.version())
			.param("name", profile.name())
			.param("pattern", profile.datePattern());
		return bindColumns(statement, profile).update() == 1;
	}

	private static JdbcClient.StatementSpec bindColumns(JdbcClient.StatementSpec statement, ImportProfile profile) {
		for (TicketField field : FIELDS) {
			String column = profile.column(field);
			statement = statement.param(column(field), column.isEmpty() ? null : column);
		}
		return statement;
	}

	private static String column(TicketField field) {
		return field.name().toLowerCase() + "_column";
	}

	private static ImportProfile map(ResultSet rs, int row) throws SQLException {
		Map<TicketField, String> columns = new EnumMap<>(TicketField.class);
		for (TicketField field : FIELDS) {
			columns.put(field, rs.getString(column(field)));
		}
		return ImportProfile.saved(rs.getObject("id", UUID.class), rs.getString("name"), columns,
				rs.getString("date_pattern"), rs.getInt("version"));
	}

}
