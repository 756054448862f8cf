package org.shopfront.initiatives;

import org.shopfront.people.Directory;
import org.shopfront.people.Person;
import org.shopfront.people.Role;
import org.shopfront.people.ShopfrontUser;
import org.shopfront.people.UnitId;

import org.springframework.stereotype.Component;

/** Makes the {@link Reader} for the signed-in person (their unit from the directory). */
@Component
class Readers {

	private final Directory directory;

	private final InitiativesProperties properties;

	Readers(Directory directory, InitiativesProperties properties) {
		this.directory = directory;
		this.properties = properties;
	}

	Reader of(ShopfrontUser me) {
		UnitId unit = this.directory.find(me.id()).map(Person::unitId).orElse(null);
		boolean itManager = me.hasRole(Role.SERVICE_OWNER) || me.hasRole(Role.ADMIN);
		return new Reader(me.id(), unit, me.hasRole(Role.BUSINESS_LEADER), me.worksInIt(), itManager,
				me.hasRole(Role.SERVICE_OWNER), this.properties.moneyForEveryone());
	}

}
