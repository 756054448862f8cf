package org.shopfront.promises.backtest;

import java.util.ArrayList;
import java.util.List;

import org.shopfront.shared.tabular.CsvTable.CsvRow;
import org.shopfront.shared.tabular.FileProblem;
import org.shopfront.shared.tabular.Header;

/**
 * The columns a backtest reads, found in the file's header before any row is read. Empty
 * cells and ServiceNow's {@code ?} count as missing.
 */
final class Columns {

	/** Positions in the header; -1 where the file has no such column. */
	final int id;

	final int opened;

	final int resolved;

	final int eventTime;

	final int closed;

	final int madeSla;

	private final Header header;

	Columns(Header header, BacktestOptions options) {
		List<String> needed = new ArrayList<>();
		needed.add(options.id());
		switch (options.format()) {
			case TICKETS, SERVICENOW -> {
				needed.add(options.opened());
				needed.add(options.resolved());
			}
			case EVENTLOG -> needed.add(options.eventTime());
		}
		for (String segment : options.segments()) {
			needed.addAll(List.of(segment.split("\\+")));
		}
		List<String> unknown = needed.stream().filter((c) -> c == null || header.indexOf(c) < 0).toList();
		if (!unknown.isEmpty()) {
			throw FileProblem.unknownColumns(unknown.stream().map(String::valueOf).toList(), header.names());
		}
		this.header = header;
		this.id = header.indexOf(options.id());
		this.opened = (options.opened() != null) ? header.indexOf(options.opened()) : -1;
		this.resolved = (options.resolved() != null) ? header.indexOf(options.resolved()) : -1;
		this.eventTime = (options.eventTime() != null) ? header.indexOf(options.eventTime()) : -1;
		this.closed = header.indexOf("closed_at");
		this.madeSla = header.indexOf("made_sla");
	}

	int index(String column) {
		return this.header.indexOf(column);
	}

	/** A column's name as the file spells it. */
	String name(int index) {
		return this.header.names().get(index);
	}

	/** The cell's text, or null when it is missing or the file has no such column. */
	String value(CsvRow row, int index) {
		if (index < 0) {
			return null;
		}
		if (index >= row.size()) {
			throw FileProblem.at(row.line(), name(index), "the row has only " + row.size() + " cells");
		}
		String text = row.get(index).trim();
		return (text.isEmpty() || text.equals("?")) ? null : text;
	}

}
