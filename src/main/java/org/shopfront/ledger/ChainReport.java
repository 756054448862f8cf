package org.shopfront.ledger;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The outcome of walking the ledger: how many entries it has, whether every hash and link
 * holds, and where the chain first breaks when not.
 *
 * @param lastHash the hash of the last entry (64 zeros when empty), or of the last whole
 * entry before the break: write it down somewhere else to notice later if the ledger was
 * cut short or rebuilt
 */
public record ChainReport(long entries, boolean valid, String lastHash, ChainBreak firstBreak) {

	/**
	 * One JSON object, as printed by {@code verify-ledger}, with the seconds the walk
	 * took.
	 */
	String json(double seconds) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("seconds", Math.round(seconds * 1000) / 1000.0);
		fields.put("entries", this.entries);
		fields.put("valid", this.valid);
		fields.put("lastHash", this.lastHash);
		if (this.firstBreak != null) {
			fields.put("firstBreak", Map.of("sequence", this.firstBreak.sequence(), "problem",
					this.firstBreak.problem(), "detail", this.firstBreak.detail()));
		}
		return CanonicalJson.of(fields);
	}

}
