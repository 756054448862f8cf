package org.shopfront.people;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Makes and hashes API token secrets. A secret is 256 random bits, so it cannot be
 * guessed and no dictionary holds it: one SHA-256 is all the stored hash needs, and it
 * lets a token be found by its hash with one indexed lookup. BCrypt is for passwords,
 * which people choose and guessers can enumerate; its deliberate slowness would add tens
 * of milliseconds to every API call and protect nothing here.
 */
final class TokenSecrets {

	static final String PREFIX = "sft_";

	/** How much of a token lists show, so that people can tell their tokens apart. */
	static final int SHOWN = PREFIX.length() + 8;

	private static final SecureRandom random = new SecureRandom();

	private TokenSecrets() {
	}

	static String newSecret() {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String hash(String secret) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(sha.digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	static String shown(String secret) {
		return secret.substring(0, SHOWN);
	}

}
