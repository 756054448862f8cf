package org.shopfront.promises.backtest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.shopfront.shared.tabular.DateReader;
import org.shopfront.shared.tabular.FileProblem;

/**
 * Assembles tickets from the parsed rows of a service desk export, one or many rows per
 * case, as its {@link Layout} says: segment values from a case's first row (what was
 * known when it opened), the opening and resolution from columns or from events, and for
 * ServiceNow logs the SLA flag of the last row. A case without an opening moment (none of
 * the opening activities) is left out: its start is not in the file.
 */
final class Cases {

	private static final String EVERYTHING = "everything";

	private final Layout layout;

	private final Columns columns;

	private final DateReader dates;

	private final Map<String, Draft> drafts = new LinkedHashMap<>();

	Cases(Layout layout, Columns columns, DateReader dates) {
		this.layout = layout;
		this.columns = columns;
		this.dates = dates;
	}

	/**
	 * Adds a row to its case.
	 * @throws FileProblem at the line and column of a missing id or unreadable date
	 */
	void add(Row row) {
		String id = row.value(this.layout.id());
		if (id == null) {
			throw FileProblem.at(row.line(), this.layout.id(), "the ticket id is missing");
		}
		Draft draft = this.drafts.get(id);
		boolean first = draft == null;
		if (first) {
			draft = new Draft(id, segments(row));
			this.drafts.put(id, draft);
		}
		Instant at = this.layout.readsEvents() ? required(row, this.layout.eventTime()) : null;
		open(row, draft, first, at);
		resolve(row, draft, at);
		if (this.columns.madeSla != null) {
			String sla = row.value(this.columns.madeSla);
			draft.madeSla = (sla != null) ? Boolean.valueOf(sla) : null;
		}
	}

	/**
	 * The cases read so far that have an opening moment, in order of first appearance.
	 */
	List<Ticket> tickets() {
		List<Ticket> tickets = new ArrayList<>(this.drafts.size());
		this.drafts.values().stream().filter((draft) -> draft.opened != null).forEach((d) -> tickets.add(d.ticket()));
		return tickets;
	}

	private void open(Row row, Draft draft, boolean first, Instant at) {
		if (this.layout.opened() != null) {
			if (first) {
				draft.opened = required(row, this.layout.opened());
			}
		}
		else if (matches(row, this.layout.openedActivities())) {
			draft.opened = (draft.opened == null || at.isBefore(draft.opened)) ? at : draft.opened;
		}
	}

	private void resolve(Row row, Draft draft, Instant at) {
		if (!this.layout.resolved().isEmpty()) {
			draft.resolved = firstPresent(row);
		}
		else if (matches(row, this.layout.resolvedActivities())) {
			draft.resolved = (draft.resolved == null || at.isAfter(draft.resolved)) ? at : draft.resolved;
		}
	}

	/** Whether the row's activity is one of these; any row when none are named. */
	private boolean matches(Row row, Set<String> activities) {
		if (activities.isEmpty()) {
			return true;
		}
		String activity = row.value(this.layout.activity());
		return activity != null && activities.contains(activity);
	}

	/** The first of the resolution columns with a value in the row; null if none has. */
	private Instant firstPresent(Row row) {
		for (String column : this.columns.resolved) {
			String text = row.value(column);
			if (text != null) {
				return date(row, column, text);
			}
		}
		return null;
	}

	private Instant required(Row row, String column) {
		String text = row.value(column);
		if (text == null) {
			throw FileProblem.at(row.line(), column, "the date is missing");
		}
		return date(row, column, text);
	}

	/**
	 * The date in a cell; the row's line is worked out only for the message when the date
	 * cannot be read.
	 */
	private Instant date(Row row, String column, String text) {
		Instant instant = this.dates.read(text);
		return (instant != null) ? instant : this.dates.read(text, row.line(), column);
	}

	/** Segment keys; a missing value is a value of its own ("?"), often a telling one. */
	private List<String> segments(Row row) {
		List<String> keys = new ArrayList<>();
		for (String segment : this.layout.segments()) {
			StringBuilder key = new StringBuilder(segment).append('=');
			for (String column : segment.split("\\+")) {
				String value = row.value(column);
				key.append((value != null) ? value : "?").append('|');
			}
			keys.add(key.toString());
		}
		keys.add(EVERYTHING);
		return List.copyOf(keys);
	}

	/** A ticket being assembled from its rows. */
	private static final class Draft {

		final String id;

		final List<String> segments;

		Instant opened;

		Instant resolved;

		Boolean madeSla;

		Draft(String id, List<String> segments) {
			this.id = id;
			this.segments = segments;
		}

		Ticket ticket() {
			Instant end = (this.resolved != null && this.resolved.isBefore(this.opened)) ? this.opened : this.resolved;
			return new Ticket(this.id, this.opened, end, this.segments, this.madeSla);
		}

	}

}
