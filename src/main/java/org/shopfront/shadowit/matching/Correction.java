package org.shopfront.shadowit.matching;

import java.util.Optional;

/**
 * An admin's decision about a merchant that wins over matching: it is this vendor, or it
 * sells no software.
 *
 * @param merchant the merchant text (normalised by the matcher, so a raw statement line
 * works as well as {@link Match#merchant()})
 * @param vendorId the vendor it is, or empty for "not software"
 */
public record Correction(String merchant, Optional<String> vendorId) {

	public static Correction toVendor(String merchant, String vendorId) {
		return new Correction(merchant, Optional.of(vendorId));
	}

	public static Correction notSoftware(String merchant) {
		return new Correction(merchant, Optional.empty());
	}

}
