package org.shopfront.shadowit.matching;

/**
 * One word of a normalised merchant text, with what the normaliser knows about it.
 *
 * @param text the word in lower case, or a web address ({@code zoom.us})
 * @param kind what the word says about the merchant
 */
record Token(String text, Kind kind) {

	/** What a word says about the merchant. */
	enum Kind {

		/** A word that may be part of a name. */
		NAME,
		/** A web address. */
		HOST,
		/** A word that says "software" ({@code labs}, {@code subscription}). */
		SOFTWARE,
		/** A word common to software firms and others ({@code services}, {@code pro}). */
		NEUTRAL,
		/** A word that says "not software" ({@code restaurant}, {@code car}). */
		NOT_SOFTWARE

	}

}
