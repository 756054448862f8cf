package org.shopfront.catalog;

import org.shopfront.shared.Conflict;

/** Someone else saved the same catalog entry first. */
final class StaleCatalogEntry extends Conflict {

	private StaleCatalogEntry() {
		super("error.catalog.stale");
	}

	static StaleCatalogEntry changedMeanwhile() {
		return new StaleCatalogEntry();
	}

}
