package org.shopfront.people;

import org.shopfront.shared.NotFound;

/** No such user. */
public final class UserNotFound extends NotFound {

	private UserNotFound(Object id) {
		super("error.user.notFound", id);
	}

	public static UserNotFound forId(Object id) {
		return new UserNotFound(id);
	}

}
