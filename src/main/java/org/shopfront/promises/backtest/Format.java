package org.shopfront.promises.backtest;

import java.util.List;

/**
 * The layouts the backtest knows, with their default columns; every column can be named
 * on the command line instead.
 */
enum Format {

	/**
	 * The UCI ServiceNow incident event log: one row per update of an incident, opened at
	 * {@code opened_at} of its first row, resolved at {@code resolved_at} (else
	 * {@code closed_at}) of its last.
	 */
	SERVICENOW("number", "opened_at", List.of("resolved_at", "closed_at"), null, "d/M/yyyy H:mm",
			List.of("assignment_group+sys_created_by", "assignment_group")),

	/** One row per ticket with its opened and resolved times. */
	TICKETS("id", "opened", List.of("resolved"), null, null, List.of()),

	/**
	 * One row per event (status change, activity): by default the first event opens the
	 * ticket and the last resolves it.
	 */
	EVENTLOG("id", null, List.of(), "timestamp", null, List.of());

	final String id;

	final String opened;

	final List<String> resolved;

	final String eventTime;

	final String datePattern;

	final List<String> segments;

	Format(String id, String opened, List<String> resolved, String eventTime, String datePattern,
			List<String> segments) {
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
