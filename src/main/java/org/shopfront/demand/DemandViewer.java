package org.shopfront.demand;

import java.util.Set;

import org.shopfront.people.UnitId;
import org.shopfront.people.UserId;

/**
 * Who is looking at demands, and so which ones they may see and what they may do: IT
 * staff see every demand, a business unit's leaders (its head and the business leaders in
 * it) see the unit's, and anyone who took part sees the ones they took part in. Money
 * figures of a unit are for its own people, service owners and admins.
 *
 * @param unit the viewer's business unit, or null
 * @param leads the units the viewer leads
 * @param it whether the viewer works in IT (fulfiller, service owner, admin)
 * @param answers whether the viewer writes proposals (service owner, admin)
 */
record DemandViewer(UserId id, String name, UnitId unit, Set<UnitId> leads, boolean it, boolean answers) {

	DemandViewer {
		leads = Set.copyOf(leads);
	}

	Actor actor() {
		return new Actor(this.id, this.name);
	}

	/** Whether the demand is visible without asking who took part in it. */
	boolean seesWithoutTakingPart(Demand demand) {
		return this.it || leads(demand);
	}

	boolean leads(Demand demand) {
		return this.leads.contains(demand.parties().unitId());
	}

	/** Whether the viewer may see the demand's money figures (value, costs, budgets). */
	boolean seesMoneyOf(Demand demand) {
		return seesMoneyOf(demand.parties().unitId());
	}

	boolean seesMoneyOf(UnitId unitOfDemand) {
		return this.answers || unitOfDemand.equals(this.unit);
	}

}
