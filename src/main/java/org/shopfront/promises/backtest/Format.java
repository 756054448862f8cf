package org.shopfront.promises.backtest;

import java.util.List;

/**
 * The layouts the backtest reads, with their default columns.
 */
enum Format {

	/** The UCI ServiceNow incident event log: one row per update of an incident. */
	SERVICENOW("number", "opened_at", "resolved_at", "sys_updated_at", "d/M/yyyy H:mm",
			List.of("assignment_group+sys_created_by", "assignment_group")),

	/** One row per ticket with its opened and resolved times. */
	TICKETS("id", "opened", "resolved", null, null, List.of()),

	/**
	 * One row per status change: the first event opens the ticket, the last closes it.
	 */
	EVENTLOG("id", null, null, "timestamp", null, List.of());

	final String id;

	final String opened;

	final String resolved;

	final String eventTime;

	final String datePattern;

	final List<String> segments;

	Format(String id, String opened, String resolved, String eventTime, String datePattern, List<String> segments) {
		this.id = id;
		this.opened = opened;
		this.resolved = resolved;
		this.eventTime = eventTime;
		this.datePattern = datePattern;
		this.segments = segments;
	}

	static Format named(String name) {
		for (Format format : values()) {
			if (format.name().equalsIgnoreCase(name)) {
				return format;
			}
		}
		throw BadInput.because("unknown --format '" + name + "': use servicenow, tickets or eventlog");
	}

}
