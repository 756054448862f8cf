package org.shopfront.tickets;

import org.shopfront.shared.tabular.TextFile;
import org.shopfront.shared.tabular.TextInput;

/**
 * Reads the tickets of one file layout row by row, never holding more than one row.
 */
interface TicketRows {

	/**
	 * Checks that the file can be read this way before anything is stored.
	 * @throws ImportRefused if it cannot
	 */
	void check(TextFile file);

	/**
	 * Reads every row into the sink.
	 * @throws ImportFailed if the file breaks part way through
	 */
	void read(TextFile file, TextInput input, RowSink sink);

}
