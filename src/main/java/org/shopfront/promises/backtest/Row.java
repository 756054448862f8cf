package org.shopfront.promises.backtest;

import java.util.Map;

/**
 * One row of an input file as parsed: its cells by column name, and its line for
 * messages. Empty cells and ServiceNow's {@code ?} count as missing.
 *
 * @param cells the row's cells by column name
 * @param line the row's line in the file
 */
record Row(Map<String, String> cells, long line) {

	/** The cell's text, trimmed, or null when it is missing. */
	String value(String column) {
		String text = this.cells.get(column);
		if (text == null) {
			throw BadInput.at(this.line, column, "the row has only " + this.cells.size() + " cells");
		}
		text = text.trim();
		return (text.isEmpty() || text.equals("?")) ? null : text;
	}

}
