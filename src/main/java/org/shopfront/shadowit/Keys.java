package org.shopfront.shadowit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The natural keys of imported lines: a SHA-256 hash of the values that make a line what
 * it is, so that the same line imported twice has the same key.
 */
final class Keys {

	private Keys() {
	}

	static String hash(String... values) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (String value : values) {
				digest.update(((value != null) ? value : "").getBytes(StandardCharsets.UTF_8));
				digest.update((byte) 0x1f);
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java has SHA-256", ex);
		}
	}

}
