package org.shopfront.promises.backtest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.shopfront.shared.tabular.FileProblem;
import org.shopfront.shared.tabular.Header;

/**
 * The columns a backtest reads, checked against the file's header before any row is read:
 * every column the layout names must be there, except the fallback resolution columns
 * after the first, which are read where the file has them. Columns are found as the
 * {@link Header} finds them (without regard to case, blanks or a byte order mark).
 */
final class Columns {

	/** The resolution columns the file has, in the order they are tried. */
	final List<String> resolved;

	/** ServiceNow's SLA flag, or null where the file has none. */
	final String madeSla;

	private final Header header;

	/** Positions looked up once per column instead of once per row. */
	private final Map<String, Integer> positions = new HashMap<>();

	/**
	 * @throws BadInput if the layout needs an event time and none is named
	 * @throws FileProblem naming every column the file lacks
	 */
	Columns(Header header, Layout layout) {
		List<String> required = layout.requiredColumns();
		if (required.contains(null)) {
			throw BadInput.because("--event-time COL is needed to read opening or resolution times from events");
		}
		List<String> unknown = required.stream().filter((column) -> header.indexOf(column) < 0).distinct().toList();
		if (!unknown.isEmpty()) {
			throw FileProblem.unknownColumns(unknown, header.names());
		}
		this.header = header;
		this.resolved = layout.resolved().stream().filter((column) -> header.indexOf(column) >= 0).toList();
		this.madeSla = (header.indexOf("made_sla") >= 0) ? "made_sla" : null;
	}

	/** Where a column is in a row, or -1 where the file has no such column. */
	int position(String column) {
		return this.positions.computeIfAbsent(column, this.header::indexOf);
	}

}
