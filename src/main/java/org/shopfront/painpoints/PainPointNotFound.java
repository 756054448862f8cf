package org.shopfront.painpoints;

import org.shopfront.shared.NotFound;

/** No pain point with that id. */
final class PainPointNotFound extends NotFound {

	private PainPointNotFound(Object id) {
		super("error.painPoint.notFound", id);
	}

	static PainPointNotFound forId(Object id) {
		return new PainPointNotFound(id);
	}

}
