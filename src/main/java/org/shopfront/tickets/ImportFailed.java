package org.shopfront.tickets;

import org.shopfront.shared.tabular.FileProblem;

/**
 * A file that broke part way through, such as a quoted field that never closes: the rows
 * before it stay stored and the import's page says at which line it stopped.
 */
final class ImportFailed extends RuntimeException {

	private final String messageKey;

	private final long row;

	private ImportFailed(String messageKey, long row, Throwable cause) {
		super(messageKey + " at row " + row, cause);
		this.messageKey = messageKey;
		this.row = row;
	}

	/** Where and why the file broke. */
	static ImportFailed of(FileProblem problem) {
		return (problem.kind() == FileProblem.Kind.RECORD_TOO_LONG) ? recordTooLong(problem.line())
				: malformed(problem.line(), problem);
	}

	static ImportFailed recordTooLong(long row) {
		return new ImportFailed("import.failure.recordTooLong", row, null);
	}

	static ImportFailed malformed(long row, Throwable cause) {
		return new ImportFailed("import.failure.malformed", row, cause);
	}

	String messageKey() {
		return this.messageKey;
	}

	long row() {
		return this.row;
	}

}
