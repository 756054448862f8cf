package org.shopfront.ordering;

import org.shopfront.people.Directory;
import org.shopfront.people.Person;
import org.shopfront.people.UnitId;
import org.shopfront.people.UserId;

/**
 * The business units an order's outcome counts for on the track record: the customer's,
 * and the one of the fulfiller who took the order, as they are when the order ends.
 * Either is null when there is none (an order nobody took, someone outside any unit).
 */
public record OrderUnits(UnitId customer, UnitId fulfiller) {

	static OrderUnits of(Order order, Directory directory) {
		return new OrderUnits(unitOf(order.customerId(), directory), unitOf(order.fulfillerId(), directory));
	}

	private static UnitId unitOf(UserId person, Directory directory) {
		return (person != null) ? directory.find(person).map(Person::unitId).orElse(null) : null;
	}

}
