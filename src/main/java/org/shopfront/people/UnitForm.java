package org.shopfront.people;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The admin's form for a business unit. */
record UnitForm(@NotBlank @Size(max = 120) String name, UUID headId, int version) {

	static UnitForm empty() {
		return new UnitForm("", null, 0);
	}

	UserId head() {
		return this.headId == null ? null : new UserId(this.headId);
	}

}
