package org.shopfront.demand;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.shopfront.people.Directory;
import org.shopfront.people.Person;
import org.shopfront.people.Role;
import org.shopfront.people.Unit;
import org.shopfront.people.UnitId;

import org.springframework.stereotype.Component;

/**
 * A business unit's leaders, who decide its demands: its head and the business leaders in
 * it, the head first.
 */
@Component
class UnitLeaders {

	private final Directory directory;

	UnitLeaders(Directory directory) {
		this.directory = directory;
	}

	List<Person> of(UnitId unit) {
		List<Person> leaders = new ArrayList<>();
		head(unit).ifPresent(leaders::add);
		for (Person person : this.directory.withRole(Role.BUSINESS_LEADER)) {
			if (unit.equals(person.unitId()) && leaders.stream().noneMatch(l -> l.id().equals(person.id()))) {
				leaders.add(person);
			}
		}
		return leaders;
	}

	private Optional<Person> head(UnitId unit) {
		return this.directory.units()
			.stream()
			.filter(u -> u.id().equals(unit) && u.headId() != null)
			.map(Unit::headId)
			.findFirst()
			.flatMap(this.directory::find);
	}

}
