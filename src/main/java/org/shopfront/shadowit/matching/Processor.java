package org.shopfront.shadowit.matching;

/**
 * A payment processor or marketplace whose name a statement puts before the merchant's
 * ({@code PAYPAL *NOTION}, {@code FS *SKETCH}, {@code SQ *MONDAY CAFE}).
 *
 * @param prefix how the statement line starts, in lower case, {@code *} without spaces
 * @param name the processor's name
 * @param kind what the processor says about what was bought
 * @param brand a word that belongs to the product when the processor is also its maker
 * ({@code google} for {@code GOOGLE *ADS}), or empty
 * @param fallback the vendor meant when the rest of the line names none
 * ({@code APPLE.COM/BILL}: the App Store), or empty
 */
record Processor(String prefix, String name, Kind kind, String brand, String fallback) {

	/** What a processor says about what was bought through it. */
	enum Kind {

		/**
		 * Sells software only (FastSpring, Paddle, the App Store): evidence for software.
		 */
		SOFTWARE,
		/** Takes payments for anyone online (PayPal): no evidence either way. */
		ONLINE,
		/**
		 * A till in a shop or café (Square, SumUp): a name that is an ordinary word is
		 * not software.
		 */
		POINT_OF_SALE,
		/** A shop or marketplace (Amazon Marketplace, Shopify stores): likewise. */
		RETAIL,
		/** Food, rides, events (Toast, DoorDash, Uber): never software. */
		NOT_SOFTWARE

	}

}
