package org.shopfront.promises.backtest;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVRecord;

/**
 * The columns a backtest reads, checked against the file's header before any row is read.
 * Empty cells and ServiceNow's {@code ?} count as missing.
 */
final class Columns {

	final String id;

	final String opened;

	final String resolved;

	final String eventTime;

	final String closed;

	final String madeSla;

	Columns(List<String> header, BacktestOptions options) {
		List<String> needed = new ArrayList<>();
		needed.add(options.id());
		switch (options.format()) {
			case TICKETS -> {
				needed.add(options.opened());
				needed.add(options.resolved());
			}
			case EVENTLOG -> needed.add(options.eventTime());
			case SERVICENOW -> {
				needed.add(options.opened());
				needed.add(options.resolved());
			}
		}
		for (String segment : options.segments()) {
			needed.addAll(List.of(segment.split("\\+")));
		}
		for (String column : needed) {
			if (column == null || !header.contains(column)) {
				throw BadInput
					.because("line 1: unknown column '" + column + "'; the file has " + String.join(", ", header));
			}
		}
		this.id = options.id();
		this.opened = options.opened();
		this.resolved = (options.resolved() != null && header.contains(options.resolved())) ? options.resolved() : null;
		this.eventTime = options.eventTime();
		this.closed = header.contains("closed_at") ? "closed_at" : null;
		this.madeSla = header.contains("made_sla") ? "made_sla" : null;
	}

	/** The cell's text, or null when it is missing. */
	String value(CSVRecord row, String column, long line) {
		return (column != null) ? new Cell(row, column, line).text() : null;
	}

	/** One cell of a row. */
	record Cell(CSVRecord row, String column, long line) {

		String text() {
			if (!this.row.isSet(this.column)) {
				throw BadInput.at(this.line, this.column, "the row has only " + this.row.size() + " cells");
			}
			String text = this.row.get(this.column).trim();
			return (text.isEmpty() || text.equals("?")) ? null : text;
		}

	}

}
