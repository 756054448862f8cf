package org.shopfront.people;

import java.util.Set;

/**
 * What other modules may know about a person: who they are, their unit and manager.
 */
public record Person(UserId id, String username, String displayName, String email, UnitId unitId, String unitName,
		UserId managerId, Set<Role> roles) {

	public boolean hasRole(Role role) {
		return this.roles.contains(role);
	}

}
