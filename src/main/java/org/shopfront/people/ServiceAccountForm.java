package org.shopfront.people;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The admin's form for a service account: a name and roles, no password, and the address
 * of the people who run the integration.
 */
record ServiceAccountForm(@NotBlank @Size(max = 60) @Pattern(regexp = "[A-Za-z0-9._-]*") String username,
		@NotBlank @Size(max = 120) String displayName, @NotBlank @Email @Size(max = 200) String email,
		Set<Role> roles) {

	static ServiceAccountForm empty() {
		return new ServiceAccountForm("", "", "", EnumSet.of(Role.CUSTOMER));
	}

	Set<Role> chosenRoles() {
		return this.roles == null || this.roles.isEmpty() ? EnumSet.of(Role.CUSTOMER) : EnumSet.copyOf(this.roles);
	}

}
