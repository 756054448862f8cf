package org.shopfront.listening;

/**
 * A file that broke part way through, such as a quoted field that never closes: the rows
 * before it stay stored and the import's page says where it stopped.
 */
final class ImportFailed extends RuntimeException {

	private final String messageKey;

	private final long row;

	private ImportFailed(String messageKey, long row, Throwable cause) {
		super(messageKey + " at row " + row, cause);
		this.messageKey = messageKey;
		this.row = row;
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
