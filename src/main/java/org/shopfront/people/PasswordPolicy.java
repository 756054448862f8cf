package org.shopfront.people;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * What a local account's password must be: at least {@link #MIN_LENGTH} characters, not
 * the user name, and not one of the common passwords that guessers try first. Applies
 * wherever a person chooses a password (the admin's form, the first start); the demo
 * seeds its {@code demo} passwords directly and is not held to it.
 */
@Component
class PasswordPolicy {

	static final int MIN_LENGTH = 12;

	private final Set<String> common;

	PasswordPolicy() {
		this.common = load();
	}

	/**
	 * The message key of the rule the password breaks, or empty when it is acceptable.
	 */
	Optional<String> problem(String username, String password) {
		if (password == null || password.length() < MIN_LENGTH) {
			return Optional.of("people.password.tooShort");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (username != null && lower.contains(username.trim().toLowerCase(Locale.ROOT)) && !username.isBlank()) {
			return Optional.of("people.password.username");
		}
		if (this.common.contains(lower)) {
			return Optional.of("people.password.common");
		}
		return Optional.empty();
	}

	private static Set<String> load() {
		Set<String> passwords = new HashSet<>();
		try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt");
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			reader.lines()
				.map(String::strip)
				.filter(line -> !line.isEmpty() && !line.startsWith("#"))
				.forEach(line -> passwords.add(line.toLowerCase(Locale.ROOT)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The list of common passwords is part of the jar", ex);
		}
		return Set.copyOf(passwords);
	}

}
