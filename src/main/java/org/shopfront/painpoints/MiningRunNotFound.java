package org.shopfront.painpoints;

import org.shopfront.shared.NotFound;

/** No mining run with that id. */
final class MiningRunNotFound extends NotFound {

	private MiningRunNotFound(Object id) {
		super("error.mining.notFound", id);
	}

	static MiningRunNotFound forId(Object id) {
		return new MiningRunNotFound(id);
	}

}
