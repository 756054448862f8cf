package org.shopfront.ledger;

import java.time.Instant;

/**
 * One entry of the ledger as stored: its place in the chain, when it was recorded, what
 * it says, the hash of the entry before it and its own hash (see {@link ChainHash}).
 */
record LedgerEntry(long sequence, Instant recordedAt, String kind, String subject, String event, String content,
		String previousHash, String hash) {

	/** Numbers and chains a record after the entry whose hash is {@code previousHash}. */
	static LedgerEntry seal(long sequence, Instant recordedAt, LedgerRecord record, String previousHash) {
		LedgerEntry unsealed = new LedgerEntry(sequence, recordedAt, record.kind(), record.subject(), record.event(),
				record.content(), previousHash, null);
		return unsealed.withHash(ChainHash.of(unsealed));
	}

	LedgerEntry withHash(String hash) {
		return new LedgerEntry(this.sequence, this.recordedAt, this.kind, this.subject, this.event, this.content,
				this.previousHash, hash);
	}

	LedgerEntry withSequence(long sequence) {
		return new LedgerEntry(sequence, this.recordedAt, this.kind, this.subject, this.event, this.content,
				this.previousHash, this.hash);
	}

	/** True when the entry's fields still give the hash it was stored with. */
	boolean sealed() {
		return ChainHash.of(this).equals(this.hash);
	}

	/**
	 * The entry as one line of the JSON-lines export (keys sorted, content as a string).
	 */
	String exportLine() {
		return CanonicalJson.of(java.util.Map.of("sequence", this.sequence, "recordedAt", this.recordedAt, "kind",
				this.kind, "subject", this.subject, "event", this.event, "content", this.content, "previousHash",
				this.previousHash, "hash", this.hash));
	}

}
