package org.shopfront.painpoints;

import org.shopfront.shared.NotFound;

/** No improvement with that id. */
final class ImprovementNotFound extends NotFound {

	private ImprovementNotFound(Object id) {
		super("error.improvement.notFound", id);
	}

	static ImprovementNotFound forId(Object id) {
		return new ImprovementNotFound(id);
	}

}
