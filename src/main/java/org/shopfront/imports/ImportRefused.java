package org.shopfront.imports;

import org.shopfront.shared.InvalidInput;
import org.shopfront.shared.tabular.FileProblem;

/**
 * A file refused whole before any row is read: nothing is stored and the person who sent
 * it sees why beside the file field.
 */
public final class ImportRefused extends InvalidInput {

	private ImportRefused(String messageKey, Object... arguments) {
		super("file", messageKey, arguments);
	}

	/** The refusal for a file that cannot be read at all, or lacks a column it needs. */
	public static ImportRefused of(FileProblem problem) {
		return switch (problem.kind()) {
			case EMPTY -> empty();
			case BINARY -> binary();
			case UNKNOWN_COLUMNS -> {
				Object[] columns = problem.arguments();
				yield missingColumns((String) columns[0], (String) columns[1]);
			}
			case UNREADABLE -> unreadable();
			default -> noHeader();
		};
	}

	public static ImportRefused empty() {
		return new ImportRefused("import.refused.empty");
	}

	static ImportRefused binary() {
		return new ImportRefused("import.refused.binary");
	}

	static ImportRefused noHeader() {
		return new ImportRefused("import.refused.noHeader");
	}

	static ImportRefused missingColumns(String missing, String found) {
		return new ImportRefused("import.refused.missingColumns", missing, found);
	}

	static ImportRefused notJsonLines() {
		return new ImportRefused("import.refused.notJsonLines");
	}

	static ImportRefused unreadable() {
		return new ImportRefused("import.refused.unreadable");
	}

}
