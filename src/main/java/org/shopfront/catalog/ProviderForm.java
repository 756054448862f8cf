package org.shopfront.catalog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A service owner's form for a provider. */
record ProviderForm(@NotBlank @Size(max = 120) String name, @NotNull ProviderKind kind,
		@NotBlank @Size(max = 2000) String profile, @Size(max = 300) @Pattern(regexp = "^$|https?://.+") String website,
		int version) {

	static ProviderForm empty() {
		return new ProviderForm("", ProviderKind.INTERNAL, "", "", 0);
	}

	static ProviderForm of(Provider p) {
		return new ProviderForm(p.name(), p.kind(), p.profile(), p.website() == null ? "" : p.website(), p.version());
	}

}
