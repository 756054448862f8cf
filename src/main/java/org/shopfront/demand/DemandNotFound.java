package org.shopfront.demand;

import org.shopfront.shared.NotFound;

/**
 * No such demand (or proposal version), or not one the asker may see: both answer 404 so
 * that ids leak nothing.
 */
public final class DemandNotFound extends NotFound {

	private DemandNotFound(Object id) {
		super("error.demand.notFound", id);
	}

	public static DemandNotFound forId(Object id) {
		return new DemandNotFound(id);
	}

}
