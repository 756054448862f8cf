package org.shopfront.tickets;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.shopfront.shared.tabular.ColumnMapping;

/**
 * How to read one CSV layout: for each ticket field, the header names that may hold it
 * (matched without regard to case). The two service desks Shopfront knows come built in;
 * any other layout is a named profile that someone saved. A profile without a number
 * column numbers tickets by their row in the file, for exports that carry no ticket
 * number.
 *
 * @param id the saved profile's id, {@code null} for a built-in one
 * @param datePattern a {@link java.time.format.DateTimeFormatter} pattern tried before
 * the usual ones, or {@code null}
 */
record ImportProfile(UUID id, String name, Map<TicketField, List<String>> columns, String datePattern, int version) {

	static final ImportProfile SERVICENOW = builtIn("ServiceNow",
			Map.ofEntries(Map.entry(TicketField.NUMBER, List.of("number")),
					Map.entry(TicketField.TITLE, List.of("short_description", "short description")),
					Map.entry(TicketField.DESCRIPTION, List.of("description")),
					Map.entry(TicketField.CATEGORY, List.of("category")),
					Map.entry(TicketField.OPENED_AT, List.of("opened_at", "opened")),
					Map.entry(TicketField.RESOLVED_AT, List.of("resolved_at", "resolved")),
					Map.entry(TicketField.CALLER, List.of("caller_id", "caller")),
					Map.entry(TicketField.ASSIGNMENT_GROUP, List.of("assignment_group", "assignment group")),
					Map.entry(TicketField.LOCATION, List.of("location")),
					Map.entry(TicketField.BUSINESS_UNIT, List.of("u_business_unit", "business_unit", "business unit")),
					Map.entry(TicketField.REOPEN_COUNT, List.of("reopen_count", "reopen count"))));

	static final ImportProfile JIRA = builtIn("Jira",
			Map.of(TicketField.NUMBER, List.of("issue key"), TicketField.TITLE, List.of("summary"),
					TicketField.DESCRIPTION, List.of("description"), TicketField.CATEGORY,
					List.of("component/s", "issue type"), TicketField.OPENED_AT, List.of("created"),
					TicketField.RESOLVED_AT, List.of("resolved"), TicketField.CALLER, List.of("reporter")));

	ImportProfile {
		columns = Map.copyOf(columns);
	}

	private static ImportProfile builtIn(String name, Map<TicketField, List<String>> columns) {
		return new ImportProfile(null, name, columns, null, 0);
	}

	/** A saved profile: one header name per mapped field. */
	static ImportProfile saved(UUID id, String name, Map<TicketField, String> columns, String datePattern,
			int version) {
		Map<TicketField, List<String>> names = new EnumMap<>(TicketField.class);
		columns.forEach((field, column) -> {
			if (column != null && !column.isBlank()) {
				names.put(field, List.of(column.trim()));
			}
		});
		return new ImportProfile(id, name, names, datePattern, version);
	}

	/** Whether tickets are numbered by their row because no column holds the number. */
	boolean numbersByRow() {
		return !this.columns.containsKey(TicketField.NUMBER);
	}

	/**
	 * Whether a missing column refuses the file. A built-in layout needs only the ticket
	 * number; a saved profile needs every column it names, since someone chose them.
	 */
	boolean requires(TicketField field) {
		return (this.id != null) ? this.columns.containsKey(field) : field == TicketField.NUMBER;
	}

	/** The columns to read, and those a file must have. */
	ColumnMapping<TicketField> mapping() {
		Set<TicketField> required = EnumSet.noneOf(TicketField.class);
		for (TicketField field : TicketField.values()) {
			if (requires(field)) {
				required.add(field);
			}
		}
		return new ColumnMapping<>(TicketField.class, this.columns, required);
	}

	/** The one header name of a saved profile's field, or an empty text. */
	String column(TicketField field) {
		List<String> names = this.columns.get(field);
		return (names == null) ? "" : names.get(0);
	}

}
