package org.shopfront.people;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The admin's form for creating or editing an account. The password may stay empty when
 * editing, which keeps the current one.
 */
record UserForm(@NotBlank @Size(max = 60) @Pattern(regexp = "[A-Za-z0-9._-]*") String username,
		@NotBlank @Size(max = 120) String displayName, @NotBlank @Email @Size(max = 200) String email,
		@Size(max = 100) String password, UUID unitId, UUID managerId, Set<Role> roles, boolean enabled, int version) {

	static UserForm empty() {
		return new UserForm("", "", "", "", null, null, EnumSet.of(Role.CUSTOMER), true, 0);
	}

	static UserForm of(Account account) {
		return new UserForm(account.username(), account.displayName(), account.email(), "",
				account.unitId() == null ? null : account.unitId().value(),
				account.managerId() == null ? null : account.managerId().value(), account.roles(), account.enabled(),
				account.version());
	}

	Set<Role> chosenRoles() {
		return this.roles == null || this.roles.isEmpty() ? EnumSet.of(Role.CUSTOMER) : EnumSet.copyOf(this.roles);
	}

	UnitId unit() {
		return this.unitId == null ? null : new UnitId(this.unitId);
	}

	UserId manager() {
		return this.managerId == null ? null : new UserId(this.managerId);
	}

}
