package org.shopfront.shadowit.matching;

import java.util.List;

/**
 * Why a vendor directory is refused: which vendor (and line of the file, when it comes
 * from one) and what is wrong, in words a person editing the directory can act on; and,
 * for pages that say it beside a field, the {@link #kind()} of problem with the values it
 * names.
 */
public final class DirectoryProblem extends RuntimeException {

	/** What is wrong, for a page to say in its own words beside the field. */
	public enum Kind {

		/** The file itself: not CSV, wrong columns. */
		FILE, ID_FORMAT, ID_TAKEN, NAME, CATEGORY, DOMAIN, DOMAIN_TAKEN, ALIAS_EMPTY, ALIAS_NO_WORD, ALIAS_TAKEN

	}

	private final Kind kind;

	private final List<String> values;

	private DirectoryProblem(String message, Kind kind, List<String> values) {
		super(message);
		this.kind = kind;
		this.values = values;
	}

	static DirectoryProblem at(String where, String message) {
		return new DirectoryProblem(where + ": " + message, Kind.FILE, List.of());
	}

	static DirectoryProblem at(String where, Kind kind, String message, String... values) {
		return new DirectoryProblem(where + ": " + message, kind, List.of(values));
	}

	public Kind kind() {
		return this.kind;
	}

	/** The values the problem names (the alias, and the vendor that has it already). */
	public List<String> values() {
		return this.values;
	}

}
