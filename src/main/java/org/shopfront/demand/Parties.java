package org.shopfront.demand;

import org.shopfront.people.UnitId;
import org.shopfront.people.UserId;

/**
 * Who a demand concerns: its business unit, who submitted it, the leader it is for, and
 * the IT person who answers it (once someone took it).
 */
record Parties(UnitId unitId, String unitName, UserId submittedBy, String submitterName, UserId leaderId,
		String leaderName, UserId itOwnerId, String itOwnerName) {

	Parties withItOwner(UserId owner, String name) {
		return new Parties(this.unitId, this.unitName, this.submittedBy, this.submitterName, this.leaderId,
				this.leaderName, owner, name);
	}

}
