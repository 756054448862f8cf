package org.shopfront.listening;

/**
 * Reads the tickets of one file layout row by row, never holding more than one row.
 */
interface TicketRows {

	/**
	 * Checks that the file can be read this way before anything is stored.
	 * @throws ImportRefused if it cannot
	 */
	void check(ImportFile file);

	/**
	 * Reads every row into the sink.
	 * @throws ImportFailed if the file breaks part way through
	 */
	void read(ImportFile file, ImportFile.Input input, RowSink sink);

}
