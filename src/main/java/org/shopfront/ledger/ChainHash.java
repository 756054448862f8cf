package org.shopfront.ledger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The ledger's hash, defined so that anyone can recompute it (docs/ledger.md): the
 * lower-case hex SHA-256 of the UTF-8 bytes of
 *
 * <pre>
 * previous_hash LF sequence LF recorded_at LF kind LF subject LF event LF content
 * </pre>
 *
 * where LF is one line feed, {@code previous_hash} the hash of the entry before (64 zeros
 * for entry 1), {@code sequence} in decimal digits and {@code recorded_at} in UTC with
 * six fraction digits ({@code 2026-03-09T09:00:00.000000Z}). Only the content (last) may
 * contain line feeds, so no two different entries share an input.
 */
final class ChainHash {

	static final String GENESIS = "0".repeat(64);

	private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	});

	private ChainHash() {
	}

	static String of(LedgerEntry entry) {
		String input = entry.previousHash() + '\n' + entry.sequence() + '\n' + CanonicalJson.instant(entry.recordedAt())
				+ '\n' + entry.kind() + '\n' + entry.subject() + '\n' + entry.event() + '\n' + entry.content();
		return HexFormat.of().formatHex(SHA_256.get().digest(input.getBytes(StandardCharsets.UTF_8)));
	}

}
