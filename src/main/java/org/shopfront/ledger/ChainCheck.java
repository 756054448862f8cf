package org.shopfront.ledger;

import org.shopfront.ledger.ChainBreak.Problem;

/**
 * Walks the ledger entry by entry, in sequence order, recomputing every hash and checking
 * every link, and names the first break. It looks one entry ahead, which is what it needs
 * to tell two swapped entries from a changed one. Memory stays constant however long the
 * chain; after the first break the rest is only counted.
 */
final class ChainCheck {

	/** The last entry found whole, or null before the first. */
	private LedgerEntry whole;

	/** The entry read but not judged yet: it waits for the one after it. */
	private LedgerEntry pending;

	private long entries;

	private ChainBreak firstBreak;

	void accept(LedgerEntry next) {
		this.entries++;
		if (this.firstBreak != null) {
			return;
		}
		if (this.pending != null) {
			judge(this.pending, next);
		}
		this.pending = next;
	}

	/**
	 * Judges the last entry and compares the end of the chain with the head the
	 * application moved at its last append.
	 */
	ChainReport finish(long headSequence, String headHash) {
		if (this.firstBreak == null && this.pending != null) {
			judge(this.pending, null);
		}
		if (this.firstBreak == null) {
			long lastSequence = (this.whole != null) ? this.whole.sequence() : 0;
			String lastHash = (this.whole != null) ? this.whole.hash() : ChainHash.GENESIS;
			if (lastSequence < headSequence) {
				broken(lastSequence + 1, Problem.MISSING,
						"the chain ends at entry " + lastSequence + " but the application appended up to entry "
								+ headSequence + ": the last entries were removed");
			}
			else if (lastSequence > headSequence) {
				broken(headSequence + 1, Problem.INSERTED, "entries " + (headSequence + 1) + " to " + lastSequence
						+ " were added after the application's last append");
			}
			else if (!lastHash.equals(headHash)) {
				broken(lastSequence, Problem.CONTENT_CHANGED,
						"entry " + lastSequence + " is not the entry the application appended last: it was rewritten");
			}
		}
		String lastHash = (this.whole != null) ? this.whole.hash() : ChainHash.GENESIS;
		return new ChainReport(this.entries, this.firstBreak == null, lastHash, this.firstBreak);
	}

	private void judge(LedgerEntry entry, LedgerEntry next) {
		LedgerEntry before = this.whole;
		long expected = (before != null) ? before.sequence() + 1 : 1;
		String link = (before != null) ? before.hash() : ChainHash.GENESIS;
		long at = entry.sequence();
		if (at > expected) {
			broken(expected, Problem.MISSING, (at == expected + 1) ? "entry " + expected + " is missing"
					: "entries " + expected + " to " + (at - 1) + " are missing");
			return;
		}
		if (at < expected) {
			broken(at, Problem.INSERTED, "entry " + at + " is not part of the chain, which starts at entry 1");
			return;
		}
		boolean sealed = entry.sealed();
		boolean linked = entry.previousHash().equals(link);
		if (sealed && linked) {
			this.whole = entry;
		}
		else if (!linked && before != null && entry.previousHash().equals(before.previousHash())) {
			broken(before.sequence(), Problem.INSERTED,
					"entry " + before.sequence() + " was inserted: entry " + at + " links to the entry before it");
		}
		else if (!linked && next != null && entry.previousHash().equals(next.hash())
				&& next.previousHash().equals(link)) {
			broken(at, Problem.ORDER_SWAPPED, "entries " + at + " and " + next.sequence() + " were swapped");
		}
		else if (linked) {
			broken(at, Problem.CONTENT_CHANGED, "entry " + at + " was changed: its fields no longer give its hash");
		}
		else if (!sealed && entry.withSequence(at + 1).sealed()) {
			broken(at, Problem.MISSING, "entry " + at + " was removed and the entries after it renumbered");
		}
		else if (sealed) {
			broken(at, Problem.LINK_BROKEN,
					"entry " + at + " does not carry the hash of entry " + (at - 1) + ": one of them was rewritten");
		}
		else {
			broken(at, Problem.CONTENT_CHANGED,
					"entry " + at + " was changed: neither its hash nor its link to entry " + (at - 1) + " holds");
		}
	}

	private void broken(long sequence, Problem problem, String detail) {
		this.firstBreak = new ChainBreak(sequence, problem, detail);
	}

}
