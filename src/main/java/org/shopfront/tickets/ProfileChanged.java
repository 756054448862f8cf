package org.shopfront.tickets;

import org.shopfront.shared.Conflict;

/** Someone else saved the profile since it was opened. */
final class ProfileChanged extends Conflict {

	private ProfileChanged() {
		super("importProfile.changedMeanwhile");
	}

	static ProfileChanged meanwhile() {
		return new ProfileChanged();
	}

}
