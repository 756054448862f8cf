package org.shopfront.people;

import org.shopfront.shared.NotFound;

/** No such API token, or not one the person may see. */
final class TokenNotFound extends NotFound {

	private TokenNotFound(Object id) {
		super("error.token.notFound", id);
	}

	static TokenNotFound forId(Object id) {
		return new TokenNotFound(id);
	}

}
