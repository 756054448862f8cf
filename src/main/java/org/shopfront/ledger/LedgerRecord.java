package org.shopfront.ledger;

import java.util.Map;

/**
 * What one ledger entry says before it is numbered and chained: the kind of subject
 * ({@code order-promise}), the subject's id, what happened to it ({@code made},
 * {@code kept}, ...) and the facts as canonical JSON.
 */
record LedgerRecord(String kind, String subject, String event, String content) {

	LedgerRecord {
		requireLine(kind, "kind");
		requireLine(subject, "subject");
		requireLine(event, "event");
		if (content == null) {
			throw new IllegalArgumentException("A ledger record needs content");
		}
	}

	static LedgerRecord of(String kind, String subject, String event, Map<String, ?> facts) {
		return new LedgerRecord(kind, subject, event, CanonicalJson.of(facts));
	}

	/**
	 * The hash input separates fields by line feeds, so only the content may hold one.
	 */
	private static void requireLine(String value, String name) {
		if (value == null || value.isEmpty() || value.indexOf('\n') >= 0) {
			throw new IllegalArgumentException("A ledger record's " + name + " must be one non-empty line");
		}
	}

}
