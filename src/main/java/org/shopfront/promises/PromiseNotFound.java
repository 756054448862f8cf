package org.shopfront.promises;

import org.shopfront.shared.NotFound;

/** No such promise, or not one the viewer may see: both answer 404. */
final class PromiseNotFound extends NotFound {

	private PromiseNotFound(PromiseId id) {
		super("error.promise.notFound", id);
	}

	static PromiseNotFound forId(PromiseId id) {
		return new PromiseNotFound(id);
	}

}
