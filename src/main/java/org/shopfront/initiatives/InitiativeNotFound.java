package org.shopfront.initiatives;

import org.shopfront.shared.NotFound;

/** No such initiative (or milestone), or not one the reader may see: 404 either way. */
public final class InitiativeNotFound extends NotFound {

	private InitiativeNotFound(Object id) {
		super("initiatives.notFound", id);
	}

	static InitiativeNotFound forId(Object id) {
		return new InitiativeNotFound(id);
	}

}
