package org.shopfront.shadowit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.shopfront.shadowit.matching.Vendor;
import org.shopfront.shadowit.matching.VendorDirectory;
import org.shopfront.shadowit.matching.VendorMatcher;

import org.springframework.stereotype.Component;

/**
 * The matcher an import uses: the shipped directory with the admins' edits over it, with
 * the corrections recorded when the import begins, so that an edit or a correction holds
 * from the next import on. The directory is indexed again only when the edits change.
 */
@Component
class VendorMatchers {

	private final VendorMatcher shipped = VendorMatcher.shipped();

	private final VendorCorrections corrections;

	private final DirectoryEdits edits;

	private volatile Edited edited = new Edited(List.of(), this.shipped);

	VendorMatchers(VendorCorrections corrections, DirectoryEdits edits) {
		this.corrections = corrections;
		this.edits = edits;
	}

	VendorMatcher current() {
		return edited().withCorrections(this.corrections.all());
	}

	VendorDirectory directory() {
		return edited().directory();
	}

	/** The shipped directory with these edits over it (checked whole). */
	VendorDirectory directoryWith(List<Vendor> edits) {
		Map<String, Vendor> vendors = new LinkedHashMap<>();
		this.shipped.directory().vendors().forEach((vendor) -> vendors.put(vendor.id(), vendor));
		edits.forEach((vendor) -> vendors.put(vendor.id(), vendor));
		return VendorDirectory.of(new ArrayList<>(vendors.values()));
	}

	private VendorMatcher edited() {
		List<Vendor> now = this.edits.all();
		Edited known = this.edited;
		if (!known.edits().equals(now)) {
			known = new Edited(now, now.isEmpty() ? this.shipped : VendorMatcher.of(directoryWith(now), List.of()));
			this.edited = known;
		}
		return known.matcher();
	}

	private record Edited(List<Vendor> edits, VendorMatcher matcher) {
	}

}
