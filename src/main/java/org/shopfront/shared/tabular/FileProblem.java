package org.shopfront.shared.tabular;

import java.nio.file.Path;
import java.util.List;

/**
 * Why a file, or one place in it, cannot be read: one wording for every reader of tabular
 * files (the ticket import, {@code mine}, {@code backtest}), naming the line (where the
 * record starts; the header is line 1) and the column where there is one. Commands print
 * {@link #getMessage()}; pages translate {@link #kind()} with {@link #arguments()}
 * through the message bundle.
 */
public final class FileProblem extends RuntimeException {

	/** What went wrong. */
	public enum Kind {

		/** The file cannot be opened or read at all. */
		UNREADABLE,
		/** Nothing but blank space. */
		EMPTY,
		/** Not text: a spreadsheet, an archive, a picture. */
		BINARY,
		/** The header lacks columns that were asked for. */
		UNKNOWN_COLUMNS,
		/** The file stops making sense, such as a quote that never closes. */
		MALFORMED,
		/** One record longer than allowed (a quote that never closes, read on). */
		RECORD_TOO_LONG,
		/** A line of a JSON lines file that is not a JSON object. */
		NOT_JSON,
		/** One value that cannot be read, such as a date. */
		BAD_VALUE

	}

	private final Kind kind;

	private final long line;

	private final String column;

	private final Object[] arguments;

	private FileProblem(Kind kind, long line, String column, String message, Throwable cause, Object... arguments) {
		super(message, cause);
		this.kind = kind;
		this.line = line;
		this.column = column;
		this.arguments = arguments;
	}

	static FileProblem unreadable(Path file, String reason) {
		return new FileProblem(Kind.UNREADABLE, 0, null, "cannot read " + file + ": " + reason, null);
	}

	static FileProblem empty(Path file) {
		return new FileProblem(Kind.EMPTY, 0, null, file + " is empty: no header row", null);
	}

	static FileProblem binary(Path file) {
		return new FileProblem(Kind.BINARY, 0, null,
				file + " is not a text file (CSV or JSON lines); it holds binary data", null);
	}

	/**
	 * @param unknown the columns asked for and not found
	 * @param header the columns the file has
	 */
	public static FileProblem unknownColumns(List<String> unknown, List<String> header) {
		String names = "'" + String.join("', '", unknown) + "'";
		String found = String.join(", ", header.subList(0, Math.min(header.size(), 30)));
		return new FileProblem(Kind.UNKNOWN_COLUMNS, 1, null,
				"line 1: unknown column" + ((unknown.size() > 1) ? "s " : " ") + names + "; the file has: " + found,
				null, String.join(", ", unknown), found);
	}

	static FileProblem malformed(long line, Throwable cause) {
		return new FileProblem(Kind.MALFORMED, line, null,
				"line " + line + ": the file stops making sense here (probably a stray quote)", cause, line);
	}

	static FileProblem recordTooLong(long line) {
		return new FileProblem(Kind.RECORD_TOO_LONG, line, null,
				"line " + line + ": one record is far too long (probably a quote that is never closed)", null, line);
	}

	static FileProblem notJson(long line, String reason) {
		return new FileProblem(Kind.NOT_JSON, line, null, "line " + line + ": not a JSON object: " + reason, null,
				line);
	}

	/** A value at a line and column that cannot be read as it must be. */
	public static FileProblem at(long line, String column, String what) {
		return new FileProblem(Kind.BAD_VALUE, line, column, "line " + line + ", column '" + column + "': " + what,
				null, line, column);
	}

	public Kind kind() {
		return this.kind;
	}

	/** The line the problem is on, or 0 for the file as a whole. */
	public long line() {
		return this.line;
	}

	/** The column at fault, or {@code null}. */
	public String column() {
		return this.column;
	}

	/**
	 * The arguments of the problem's message: the missing and the found columns for
	 * {@link Kind#UNKNOWN_COLUMNS}, the line for the others that have one.
	 */
	public Object[] arguments() {
		return this.arguments.clone();
	}

}
