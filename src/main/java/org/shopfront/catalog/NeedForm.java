package org.shopfront.catalog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A service owner's form for a need. */
record NeedForm(@NotBlank @Size(max = 200) String title, @NotNull Category category,
		@NotBlank @Size(max = 4000) String description, int version) {

	static NeedForm empty() {
		return new NeedForm("", null, "", 0);
	}

	static NeedForm of(Need need) {
		return new NeedForm(need.title(), need.category(), need.description(), need.version());
	}

}
