package org.shopfront.tickets;

import org.shopfront.shared.NotFound;

/** No saved import profile with that id. */
final class ImportProfileNotFound extends NotFound {

	private ImportProfileNotFound(Object id) {
		super("error.importProfile.notFound", id);
	}

	static ImportProfileNotFound forId(Object id) {
		return new ImportProfileNotFound(id);
	}

}
