package org.shopfront.people;

import org.shopfront.shared.NotFound;

/** No such business unit. */
final class UnitNotFound extends NotFound {

	private UnitNotFound(Object id) {
		super("error.unit.notFound", id);
	}

	static UnitNotFound forId(Object id) {
		return new UnitNotFound(id);
	}

}
