package org.shopfront.people;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A new API token: its name, what it may do and for how many days. {@code owner} is only
 * read on the admin's form (a service account); a person's own tokens are theirs.
 */
record TokenForm(UUID owner, @NotBlank @Size(max = 100) String name, @NotEmpty Set<TokenScope> scopes,
		@NotNull Integer days) {

	/** The validity choices offered, in days. */
	static final int[] DAYS = { 30, 90, 365 };

	static TokenForm empty() {
		return new TokenForm(null, "", EnumSet.of(TokenScope.READ), 90);
	}

}
