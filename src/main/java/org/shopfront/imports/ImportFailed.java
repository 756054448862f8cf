package org.shopfront.imports;

import org.shopfront.shared.tabular.FileProblem;

/**
 * A file that broke part way through, such as a quoted field that never closes: the
 * batches before it stay stored (none, for a whole-file import) and the import's page
 * says at which line it stopped.
 */
final class ImportFailed extends RuntimeException {

	private final String messageKey;

	private final long line;

	private ImportFailed(String messageKey, long line, Throwable cause) {
		super(messageKey + " at line " + line, cause);
		this.messageKey = messageKey;
		this.line = line;
	}

	/** Where and why the file broke. */
	static ImportFailed of(FileProblem problem) {
		return (problem.kind() == FileProblem.Kind.RECORD_TOO_LONG) ? recordTooLong(problem.line())
				: malformed(problem.line(), problem);
	}

	static ImportFailed recordTooLong(long line) {
		return new ImportFailed("import.failure.recordTooLong", line, null);
	}

	static ImportFailed malformed(long line, Throwable cause) {
		return new ImportFailed("import.failure.malformed", line, cause);
	}

	String messageKey() {
		return this.messageKey;
	}

	long line() {
		return this.line;
	}

}
