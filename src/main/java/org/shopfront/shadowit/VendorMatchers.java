package org.shopfront.shadowit;

import org.shopfront.shadowit.matching.VendorDirectory;
import org.shopfront.shadowit.matching.VendorMatcher;

import org.springframework.stereotype.Component;

/**
 * The matcher an import uses: the shipped directory, indexed once, with the corrections
 * recorded when the import begins, so that a correction holds from the next import on.
 */
@Component
class VendorMatchers {

	private final VendorMatcher shipped = VendorMatcher.shipped();

	private final VendorCorrections corrections;

	VendorMatchers(VendorCorrections corrections) {
		this.corrections = corrections;
	}

	VendorMatcher current() {
		return this.shipped.withCorrections(this.corrections.all());
	}

	VendorDirectory directory() {
		return this.shipped.directory();
	}

}
