package org.shopfront.ledger;

/**
 * The first place where the ledger is not what the application wrote.
 *
 * @param sequence the entry where the chain breaks
 * @param problem what kind of tampering the break looks like
 * @param detail the same in a sentence, for the command line and logs
 */
public record ChainBreak(long sequence, Problem problem, String detail) {

	/** What a broken link looks like. */
	public enum Problem {

		/**
		 * An entry's fields no longer give its hash: content or another field changed.
		 */
		CONTENT_CHANGED,
		/** An entry does not carry the hash of the entry before it. */
		LINK_BROKEN,
		/** An entry is missing: a gap in the numbering, or a removal and renumbering. */
		MISSING,
		/** An entry was added that the application did not write. */
		INSERTED,
		/** Two neighbouring entries stand in each other's place. */
		ORDER_SWAPPED

	}

}
