package org.shopfront.shared;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message that takes arguments shows them: a lone apostrophe starts a quoted part
 * in a message format, and everything after it, placeholders too, would be shown as it is
 * written ("since {0}").
 */
class MessageBundleTests {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)");

	@Test
	void everyMessageWithArgumentsShowsEachOfThem() throws IOException {
		Properties messages = new Properties();
		try (InputStream in = getClass().getResourceAsStream("/messages/messages.properties")) {
			messages.load(in);
		}
		assertThat(messages).hasSizeGreaterThan(500);
		Object[] arguments = new Object[10];
		for (int i = 0; i < arguments.length; i++) {
			arguments[i] = "ARGUMENT" + i;
		}
		for (String key : messages.stringPropertyNames()) {
			String text = messages.getProperty(key);
			Matcher placeholders = PLACEHOLDER.matcher(text);
			if (!placeholders.find()) {
				continue;
			}
			String shown = formatted(text, arguments);
			do {
				String placeholder = placeholders.group(1);
				if (text.contains("{" + placeholder + ",")) {
					continue; // a number or a choice shows its own figure or words
				}
				assertThat(shown).as("%s shows its argument {%s}", key, placeholder).contains("ARGUMENT" + placeholder);
			}
			while (placeholders.find());
			assertThat(shown).as("%s leaves no placeholder unformatted", key).doesNotContainPattern("\\{\\d");
		}
	}

	/** Two branches may each add a key of the same name: only the last one would show. */
	@Test
	void noKeyIsWrittenTwice() throws IOException {
		Set<String> seen = new HashSet<>();
		List<String> twice = new ArrayList<>();
		try (InputStream in = getClass().getResourceAsStream("/messages/messages.properties")) {
			for (String line : new String(in.readAllBytes(), StandardCharsets.ISO_8859_1).split("\\R")) {
				String trimmed = line.strip();
				int equals = trimmed.indexOf('=');
				if (trimmed.isEmpty() || trimmed.startsWith("#") || equals < 0 || line.startsWith(" ")) {
					continue;
				}
				String key = trimmed.substring(0, equals).strip();
				if (!seen.add(key)) {
					twice.add(key);
				}
			}
		}
		assertThat(twice).isEmpty();
	}

	private static String formatted(String text, Object[] arguments) {
		try {
			return new MessageFormat(text, Locale.ENGLISH).format(arguments);
		}
		catch (IllegalArgumentException ex) {
			// A choice format wants a number: format those with numbers instead.
			Object[] numbers = new Object[arguments.length];
			for (int i = 0; i < numbers.length; i++) {
				numbers[i] = text.contains("{" + i + ",choice") || text.contains("{" + i + ",number") ? 2
						: arguments[i];
			}
			return new MessageFormat(text, Locale.ENGLISH).format(numbers);
		}
	}

}
