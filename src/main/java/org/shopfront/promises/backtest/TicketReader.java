package org.shopfront.promises.backtest;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.shopfront.shared.tabular.CsvTable;
import org.shopfront.shared.tabular.CsvTable.CsvRow;
import org.shopfront.shared.tabular.DateReader;
import org.shopfront.shared.tabular.FileProblem;
import org.shopfront.shared.tabular.TextFile;
import org.shopfront.shared.tabular.TextInput;

/**
 * Reads tickets from a CSV file in one of the {@link Format}s, through the shared reading
 * path ({@link TextFile}). Segment values and the opening time come from a ticket's first
 * row (what was known when it opened); the resolution and the SLA flag from its last.
 * Dates are read with {@code --date-format} only, or as ISO 8601 without it.
 */
final class TicketReader {

	private static final String EVERYTHING = "everything";

	private final BacktestOptions options;

	private final DateReader dates;

	TicketReader(BacktestOptions options, ZoneId zone) {
		this.options = options;
		this.dates = DateReader.exactly(zone, options.datePattern());
	}

	/**
	 * @throws FileProblem naming the line and column of what cannot be read
	 */
	List<Ticket> read() {
		TextFile file = TextFile.inspect(this.options.input());
		try (TextInput input = file.open(TextFile.UNBOUNDED); CsvTable table = CsvTable.open(file, input)) {
			Columns columns = new Columns(table.header(), this.options);
			Map<String, Draft> drafts = new LinkedHashMap<>();
			for (CsvRow row = table.next(); row != null; row = table.next()) {
				String id = columns.value(row, columns.id);
				if (id == null) {
					throw FileProblem.at(row.line(), columns.name(columns.id), "the ticket id is missing");
				}
				Draft draft = drafts.get(id);
				if (draft == null) {
					draft = new Draft(id, segments(row, columns));
					drafts.put(id, draft);
				}
				read(row, columns, draft);
			}
			if (drafts.isEmpty()) {
				throw BadInput.because("the input file " + this.options.input() + " has no tickets");
			}
			List<Ticket> tickets = new ArrayList<>(drafts.size());
			drafts.values().forEach((draft) -> tickets.add(draft.ticket()));
			return tickets;
		}
	}

	private void read(CsvRow row, Columns columns, Draft draft) {
		switch (this.options.format()) {
			case TICKETS -> {
				draft.opened = required(row, columns, columns.opened);
				draft.resolved = optional(row, columns, columns.resolved);
			}
			case EVENTLOG -> {
				Instant at = required(row, columns, columns.eventTime);
				draft.opened = (draft.opened == null || at.isBefore(draft.opened)) ? at : draft.opened;
				draft.resolved = (draft.resolved == null || at.isAfter(draft.resolved)) ? at : draft.resolved;
			}
			case SERVICENOW -> {
				if (draft.opened == null) {
					draft.opened = required(row, columns, columns.opened);
				}
				Instant resolved = optional(row, columns, columns.resolved);
				draft.resolved = (resolved != null) ? resolved : optional(row, columns, columns.closed);
				String sla = columns.value(row, columns.madeSla);
				draft.madeSla = (sla != null) ? Boolean.valueOf(sla) : null;
			}
		}
	}

	private Instant required(CsvRow row, Columns columns, int column) {
		String text = columns.value(row, column);
		if (text == null) {
			throw FileProblem.at(row.line(), columns.name(column), "the date is missing");
		}
		return date(row, columns, column, text);
	}

	private Instant optional(CsvRow row, Columns columns, int column) {
		String text = columns.value(row, column);
		return (text != null) ? date(row, columns, column, text) : null;
	}

	private Instant date(CsvRow row, Columns columns, int column, String text) {
		Instant instant = this.dates.read(text);
		return (instant != null) ? instant : this.dates.read(text, row.line(), columns.name(column));
	}

	/** Segment keys; a missing value is a value of its own ("?"), often a telling one. */
	private List<String> segments(CsvRow row, Columns columns) {
		List<String> keys = new ArrayList<>();
		for (String segment : this.options.segments()) {
			StringBuilder key = new StringBuilder(segment).append('=');
			for (String column : segment.split("\\+")) {
				String value = columns.value(row, columns.index(column));
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
