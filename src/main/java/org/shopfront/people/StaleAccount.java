package org.shopfront.people;

import org.shopfront.shared.Conflict;

/** Someone else saved the same account or unit first. */
final class StaleAccount extends Conflict {

	private StaleAccount() {
		super("error.people.stale");
	}

	static StaleAccount changedMeanwhile() {
		return new StaleAccount();
	}

}
