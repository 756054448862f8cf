package org.shopfront.shared;

import java.io.IOException;
import java.io.InputStream;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
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
