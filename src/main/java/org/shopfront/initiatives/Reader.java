package org.shopfront.initiatives;

import org.shopfront.people.UnitId;
import org.shopfront.people.UserId;

/**
 * Who is looking at initiatives, and therefore what they see and may do. IT staff,
 * business leaders and the people of an initiative's unit read it; money figures go to
 * service owners and admins for every unit, to business leaders and IT staff for their
 * own unit, and to an initiative's sponsor and IT owner (or to everyone, where the
 * company allows it). The IT owner and service owners report spend and milestones; they
 * and the sponsor re-plan; only the sponsor confirms the value, answers the call and
 * stops.
 *
 * @param unit the reader's business unit, or null
 * @param itManager a service owner or an admin
 */
record Reader(UserId id, UnitId unit, boolean leader, boolean itStaff, boolean itManager, boolean serviceOwner,
		boolean moneyForEveryone) {

	boolean maySee(Decision d) {
		return this.itStaff || this.leader || isSponsor(d) || isItOwner(d)
				|| (this.unit != null && this.unit.equals(d.unit()));
	}

	/** Whether the unit's money figures are theirs to see. */
	boolean seesMoneyOf(UnitId of) {
		return this.moneyForEveryone || this.itManager
				|| ((this.leader || this.itStaff) && this.unit != null && this.unit.equals(of));
	}

	boolean seesMoney(Decision d) {
		return seesMoneyOf(d.unit()) || isSponsor(d) || isItOwner(d);
	}

	/** Reports spend and milestones. */
	boolean reports(Decision d) {
		return isItOwner(d) || this.serviceOwner;
	}

	boolean replans(Decision d) {
		return reports(d) || isSponsor(d);
	}

	boolean isSponsor(Decision d) {
		return this.id.equals(d.sponsor());
	}

	private boolean isItOwner(Decision d) {
		return this.id.equals(d.itOwner());
	}

}
