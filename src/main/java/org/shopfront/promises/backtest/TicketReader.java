package org.shopfront.promises.backtest;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads tickets from a CSV file in one of the {@link Format}s. Segment values and the
 * opening time come from a ticket's first row (what was known when it opened); the
 * resolution and the SLA flag from its last.
 */
final class TicketReader {

	private static final String EVERYTHING = "everything";

	private final BacktestOptions options;

	private final Dates dates;

	TicketReader(BacktestOptions options, ZoneId zone) {
		this.options = options;
		this.dates = new Dates(options.datePattern(), zone);
	}

	List<Ticket> read() {
		if (!Files.isReadable(this.options.input())) {
			throw BadInput.because("cannot read the input file " + this.options.input());
		}
		CSVFormat csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
		try (Reader reader = Files.newBufferedReader(this.options.input(), StandardCharsets.UTF_8);
				CSVParser parser = csv.parse(reader)) {
			if (parser.getHeaderNames().isEmpty()) {
				throw BadInput.because("the input file " + this.options.input() + " is empty");
			}
			Columns columns = new Columns(parser.getHeaderNames(), this.options);
			Map<String, Draft> drafts = new LinkedHashMap<>();
			for (CSVRecord row : parser) {
				long line = parser.getCurrentLineNumber();
				String id = columns.value(row, columns.id, line);
				if (id == null) {
					throw BadInput.at(line, columns.id, "the ticket id is missing");
				}
				Draft draft = drafts.get(id);
				if (draft == null) {
					draft = new Draft(id, segments(row, columns, line));
					drafts.put(id, draft);
				}
				read(row, line, columns, draft);
			}
			if (drafts.isEmpty()) {
				throw BadInput.because("the input file " + this.options.input() + " has no tickets");
			}
			List<Ticket> tickets = new ArrayList<>(drafts.size());
			drafts.values().forEach((draft) -> tickets.add(draft.ticket()));
			return tickets;
		}
		catch (IOException | UncheckedIOException ex) {
			throw BadInput.because("cannot read the input file " + this.options.input() + ": " + ex.getMessage());
		}
		catch (IllegalArgumentException ex) {
			throw BadInput.because(
					"the input file " + this.options.input() + " is not CSV with a header line: " + ex.getMessage());
		}
	}

	private void read(CSVRecord row, long line, Columns columns, Draft draft) {
		switch (this.options.format()) {
			case TICKETS -> {
				draft.opened = required(row, columns.opened, line);
				draft.resolved = optional(row, columns.resolved, line);
			}
			case EVENTLOG -> {
				Instant at = required(row, columns.eventTime, line);
				draft.opened = (draft.opened == null || at.isBefore(draft.opened)) ? at : draft.opened;
				draft.resolved = (draft.resolved == null || at.isAfter(draft.resolved)) ? at : draft.resolved;
			}
			case SERVICENOW -> {
				if (draft.opened == null) {
					draft.opened = required(row, columns.opened, line);
				}
				Instant resolved = optional(row, columns.resolved, line);
				draft.resolved = (resolved != null) ? resolved : optional(row, columns.closed, line);
				String sla = columns.value(row, columns.madeSla, line);
				draft.madeSla = (sla != null) ? Boolean.valueOf(sla) : null;
			}
		}
	}

	private Instant required(CSVRecord row, String column, long line) {
		String text = new Columns.Cell(row, column, line).text();
		if (text == null) {
			throw BadInput.at(line, column, "the date is missing");
		}
		return this.dates.parse(text, line, column);
	}

	private Instant optional(CSVRecord row, String column, long line) {
		if (column == null) {
			return null;
		}
		String text = new Columns.Cell(row, column, line).text();
		return (text != null) ? this.dates.parse(text, line, column) : null;
	}

	/** Segment keys; a missing value is a value of its own ("?"), often a telling one. */
	private List<String> segments(CSVRecord row, Columns columns, long line) {
		List<String> keys = new ArrayList<>();
		for (String segment : this.options.segments()) {
			StringBuilder key = new StringBuilder(segment).append('=');
			for (String column : segment.split("\\+")) {
				String value = columns.value(row, column, line);
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
