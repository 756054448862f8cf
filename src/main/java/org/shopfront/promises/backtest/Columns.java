package org.shopfront.promises.backtest;

import java.util.List;

/**
 * The columns a backtest reads, checked against the file's header before any row is read:
 * every column the layout names must be there, except the fallback resolution columns
 * after the first, which are read where the file has them.
 */
final class Columns {

	final List<String> resolved;

	final String madeSla;

	Columns(List<String> header, Layout layout) {
		for (String column : layout.requiredColumns()) {
			if (column == null) {
				throw BadInput.because("--event-time COL is needed to read opening or resolution times from events");
			}
			if (!header.contains(column)) {
				throw BadInput
					.because("line 1: unknown column '" + column + "'; the file has " + String.join(", ", header));
			}
		}
		this.resolved = layout.resolved().stream().filter(header::contains).toList();
		this.madeSla = header.contains("made_sla") ? "made_sla" : null;
	}

}
