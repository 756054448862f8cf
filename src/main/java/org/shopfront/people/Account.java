package org.shopfront.people;

import java.util.EnumSet;
import java.util.Set;

/**
 * A local account: a person plus their credentials, as the admin pages and sign-in see
 * it.
 */
record Account(UserId id, String username, String displayName, String email, String passwordHash, UnitId unitId,
		String unitName, UserId managerId, String managerName, boolean enabled, Set<Role> roles, int version) {

	Account {
		roles = roles.isEmpty() ? Set.of() : Set.copyOf(roles);
	}

	static Account create(String username, String displayName, String email, String passwordHash, UnitId unitId,
			UserId managerId, Set<Role> roles) {
		return create(UserId.random(), username, displayName, email, passwordHash, unitId, managerId, roles);
	}

	/**
	 * Creates an account with a given id, for data that must be the same on every run.
	 */
	static Account create(UserId id, String username, String displayName, String email, String passwordHash,
			UnitId unitId, UserId managerId, Set<Role> roles) {
		Set<Role> all = EnumSet.of(Role.CUSTOMER);
		all.addAll(roles);
		return new Account(id, username, displayName, email, passwordHash, unitId, null, managerId, null, true, all, 0);
	}

	Account withRoles(Set<Role> newRoles) {
		return new Account(this.id, this.username, this.displayName, this.email, this.passwordHash, this.unitId,
				this.unitName, this.managerId, this.managerName, this.enabled, newRoles, this.version);
	}

	Account edit(String newDisplayName, String newEmail, UnitId newUnit, UserId newManager, boolean nowEnabled,
			Set<Role> newRoles, int expectedVersion) {
		if (newManager != null && newManager.equals(this.id)) {
			throw new IllegalArgumentException("A person cannot manage themselves");
		}
		Set<Role> all = EnumSet.of(Role.CUSTOMER);
		all.addAll(newRoles);
		return new Account(this.id, this.username, newDisplayName, newEmail, this.passwordHash, newUnit, null,
				newManager, null, nowEnabled, all, expectedVersion);
	}

	Account withPasswordHash(String hash) {
		return new Account(this.id, this.username, this.displayName, this.email, hash, this.unitId, this.unitName,
				this.managerId, this.managerName, this.enabled, this.roles, this.version);
	}

	Person toPerson() {
		return new Person(this.id, this.username, this.displayName, this.email, this.unitId, this.unitName,
				this.managerId, this.roles);
	}

	ShopfrontUser toPrincipal() {
		return new ShopfrontUser(this.id, this.username, this.displayName, this.roles, this.enabled, this.passwordHash);
	}

}
