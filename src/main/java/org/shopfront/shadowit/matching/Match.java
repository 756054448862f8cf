package org.shopfront.shadowit.matching;

import java.util.Optional;

/**
 * What the matcher made of one merchant text.
 *
 * @param vendor the vendor the text means, or empty when it means none (not software, or
 * software the directory does not know)
 * @param confidence how sure the matcher is of the vendor, in [0, 1]; without a vendor,
 * the best score that stayed below the threshold (0 when the text said "not software")
 * @param merchant the normalised merchant text: what a {@link Correction} is recorded
 * under
 * @param reason why this answer
 * @param evidence the words or address behind the answer, for people reviewing it
 */
public record Match(Optional<Vendor> vendor, double confidence, String merchant, Reason reason, String evidence) {

	/** Why the matcher gave its answer. */
	public enum Reason {

		/** An admin's correction named the vendor. */
		CORRECTED,
		/** An admin's correction said the merchant sells no software. */
		CORRECTED_NOT_SOFTWARE,
		/** The text holds the vendor's web domain. */
		DOMAIN,
		/** The text holds one of the vendor's aliases, word for word. */
		ALIAS,
		/** An alias misspelt, abbreviated or run together. */
		SPELLING,
		/** An alias the statement cut short. */
		CUT_SHORT,
		/** Bought through a processor that stands for one vendor (the App Store). */
		PROCESSOR,
		/** The text says the merchant sells no software (a café, a car wash, a ride). */
		NOT_SOFTWARE,
		/** No vendor of the directory fits well enough. */
		UNKNOWN,
		/** Nothing is left of the text once normalised. */
		NO_NAME

	}

	static Match found(Vendor vendor, double confidence, String merchant, Reason reason, String evidence) {
		return new Match(Optional.of(vendor), confidence, merchant, reason, evidence);
	}

	static Match none(double confidence, String merchant, Reason reason, String evidence) {
		return new Match(Optional.empty(), confidence, merchant, reason, evidence);
	}

	/** The id of the vendor, if there is one. */
	public Optional<String> vendorId() {
		return this.vendor.map(Vendor::id);
	}

}
