package org.shopfront.people;

import java.util.EnumSet;
import java.util.Set;

/**
 * A local account: a person plus their credentials, as the admin pages and sign-in see
 * it. People who sign in only through single sign-on, and service accounts, have no
 * password hash.
 */
record Account(UserId id, String username, String displayName, String email, String passwordHash, UnitId unitId,
		String unitName, UserId managerId, String managerName, boolean enabled, boolean serviceAccount, Set<Role> roles,
		int version) {

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
		return new Account(id, username, displayName, email, passwordHash, unitId, null, managerId, null, true, false,
				withCustomer(roles), 0);
	}

	/**
	 * A service account: used by an integration through API tokens, never signed in to,
	 * so it has no password.
	 */
	static Account serviceAccount(String username, String displayName, String email, Set<Role> roles) {
		return new Account(UserId.random(), username, displayName, email, null, null, null, null, null, true, true,
				withCustomer(roles), 0);
	}

	Account withRoles(Set<Role> newRoles) {
		return new Account(this.id, this.username, this.displayName, this.email, this.passwordHash, this.unitId,
				this.unitName, this.managerId, this.managerName, this.enabled, this.serviceAccount, newRoles,
				this.version);
	}

	Account edit(String newDisplayName, String newEmail, UnitId newUnit, UserId newManager, boolean nowEnabled,
			Set<Role> newRoles, int expectedVersion) {
		if (newManager != null && newManager.equals(this.id)) {
			throw new IllegalArgumentException("A person cannot manage themselves");
		}
		return new Account(this.id, this.username, newDisplayName, newEmail, this.passwordHash, newUnit, null,
				newManager, null, nowEnabled, this.serviceAccount, withCustomer(newRoles), expectedVersion);
	}

	Account withPasswordHash(String hash) {
		return new Account(this.id, this.username, this.displayName, this.email, hash, this.unitId, this.unitName,
				this.managerId, this.managerName, this.enabled, this.serviceAccount, this.roles, this.version);
	}

	Person toPerson() {
		return new Person(this.id, this.username, this.displayName, this.email, this.unitId, this.unitName,
				this.managerId, this.roles);
	}

	ShopfrontUser toPrincipal() {
		return new ShopfrontUser(this.id, this.username, this.displayName, this.roles, this.enabled, this.passwordHash);
	}

	private static Set<Role> withCustomer(Set<Role> roles) {
		Set<Role> all = EnumSet.of(Role.CUSTOMER);
		all.addAll(roles);
		return all;
	}

}
