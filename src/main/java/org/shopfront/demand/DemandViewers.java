package org.shopfront.demand;

import java.util.HashSet;
import java.util.Set;

import org.shopfront.people.Directory;
import org.shopfront.people.Person;
import org.shopfront.people.Role;
import org.shopfront.people.ShopfrontUser;
import org.shopfront.people.UnitId;
import org.shopfront.people.Unit;

import org.springframework.stereotype.Component;

/** Makes the viewer of demands from the signed-in person and their unit as it is now. */
@Component
class DemandViewers {

	private final Directory directory;

	DemandViewers(Directory directory) {
		this.directory = directory;
	}

	DemandViewer of(ShopfrontUser user) {
		Person person = this.directory.require(user.id());
		Set<UnitId> leads = new HashSet<>();
		if (person.unitId() != null && user.hasRole(Role.BUSINESS_LEADER)) {
			leads.add(person.unitId());
		}
		for (Unit unit : this.directory.units()) {
			if (person.id().equals(unit.headId())) {
				leads.add(unit.id());
			}
		}
		boolean answers = user.hasRole(Role.SERVICE_OWNER) || user.hasRole(Role.ADMIN);
		return new DemandViewer(user.id(), user.displayName(), person.unitId(), leads, user.worksInIt(), answers);
	}

}
