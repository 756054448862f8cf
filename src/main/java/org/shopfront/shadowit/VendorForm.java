package org.shopfront.shadowit;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.shopfront.shadowit.matching.Category;
import org.shopfront.shadowit.matching.Vendor;

import org.springframework.validation.Errors;

/**
 * A vendor of the directory as the admins' form holds it: its id (a slug, fixed once
 * made), name, category slug, web domain and aliases one per line.
 */
record VendorForm(@NotBlank @Size(max = 100) String id, @NotBlank @Size(max = 200) String name,
		@NotBlank String category, @NotBlank @Size(max = 200) String domain, @Size(max = 4000) String aliases) {

	static VendorForm empty() {
		return new VendorForm("", "", "", "", "");
	}

	static VendorForm of(Vendor vendor) {
		return new VendorForm(vendor.id(), vendor.name(), vendor.category().slug(), vendor.domain(),
				String.join("\n", vendor.aliases()));
	}

	/**
	 * The vendor the form describes, or {@code null} after saying beside the field what
	 * is wrong (an unknown category).
	 */
	Vendor vendor(String id, Errors errors) {
		Category known = Category.ofSlug((this.category != null) ? this.category.strip() : "").orElse(null);
		if (known == null && !errors.hasFieldErrors("category")) {
			errors.rejectValue("category", "shadowit.vendor.category.unknown");
		}
		if (errors.hasErrors()) {
			return null;
		}
		List<String> aliasList = (this.aliases == null) ? List.of()
				: Arrays.stream(this.aliases.split("\\R")).map(String::strip).filter((a) -> !a.isEmpty()).toList();
		return new Vendor(id.strip(), this.name.strip(), known, this.domain.strip(), aliasList);
	}

}
