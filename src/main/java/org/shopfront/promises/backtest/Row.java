package org.shopfront.promises.backtest;

import org.shopfront.shared.tabular.CsvTable.CsvRow;
import org.shopfront.shared.tabular.FileProblem;

/**
 * One row of an input file as the shared reading path parsed it, its cells found by the
 * names the layout gives their columns. Empty cells and ServiceNow's {@code ?} count as
 * missing.
 *
 * @param cells the row as read
 * @param columns where the file's columns are
 */
record Row(CsvRow cells, Columns columns) {

	/**
	 * The cell's text, trimmed; null when it is missing or the file lacks the column.
	 * @throws FileProblem if the row ends before the column
	 */
	String value(String column) {
		int position = this.columns.position(column);
		if (position < 0) {
			return null;
		}
		if (position >= this.cells.size()) {
			throw FileProblem.at(line(), column, "the row has only " + this.cells.size() + " cells");
		}
		String text = this.cells.get(position).trim();
		return (text.isEmpty() || text.equals("?")) ? null : text;
	}

	/**
	 * The line the row starts on, for messages (worked out from its values on each call).
	 */
	long line() {
		return this.cells.line();
	}

}
