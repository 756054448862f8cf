package org.shopfront.listening;

import org.shopfront.shared.InvalidInput;

/**
 * A file refused whole before any row is read: nothing is stored and the person who sent
 * it sees why beside the file field.
 */
final class ImportRefused extends InvalidInput {

	private ImportRefused(String messageKey, Object... arguments) {
		super("file", messageKey, arguments);
	}

	static ImportRefused empty() {
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
