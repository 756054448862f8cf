package org.shopfront.imports;

import org.shopfront.shared.NotFound;

/** No import with that id. */
final class ImportRunNotFound extends NotFound {

	private ImportRunNotFound(Object id) {
		super("error.import.notFound", id);
	}

	static ImportRunNotFound forId(Object id) {
		return new ImportRunNotFound(id);
	}

}
