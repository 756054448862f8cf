package org.shopfront.promises.backtest;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import org.shopfront.shared.tabular.DateReader;

/**
 * The words of a command line as {@code --name value} pairs, read as the types options
 * have; anything malformed is explained as {@link BadInput} with the usage.
 */
final class Arguments {

	private final Map<String, String> values = new HashMap<>();

	Arguments(List<String> words, List<String> names, String usage) {
		for (int i = 0; i < words.size(); i += 2) {
			String name = words.get(i);
			if (!names.contains(name)) {
				throw BadInput.because("unknown option '" + name + "'\n" + usage);
			}
			if (i + 1 >= words.size()) {
				throw BadInput.because("option " + name + " needs a value\n" + usage);
			}
			this.values.put(name, words.get(i + 1));
		}
	}

	boolean has(String name) {
		return this.values.containsKey(name);
	}

	String text(String name, String otherwise) {
		return this.values.getOrDefault(name, otherwise);
	}

	/** A comma-separated list, trimmed, without empty entries. */
	List<String> list(String name, List<String> otherwise) {
		String value = this.values.get(name);
		if (value == null) {
			return otherwise;
		}
		return Arrays.stream(value.split(",")).map(String::trim).filter((each) -> !each.isEmpty()).toList();
	}

	Set<String> set(String name) {
		return new LinkedHashSet<>(list(name, List.of()));
	}

	/** A number strictly between 0 and 1. */
	double share(String name, double otherwise) {
		return number(name, otherwise, Double::valueOf, (share) -> share > 0 && share < 1, "a number between 0 and 1");
	}

	int positive(String name, int otherwise) {
		return number(name, otherwise, Integer::valueOf, (number) -> number > 0, "a positive whole number");
	}

	private <T> T number(String name, T otherwise, Function<String, T> parse, Predicate<T> valid, String what) {
		String value = this.values.get(name);
		if (value == null) {
			return otherwise;
		}
		try {
			T number = parse.apply(value);
			if (valid.test(number)) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// explained below
		}
		throw BadInput.because(name + " must be " + what + ", was '" + value + "'");
	}

	ZoneId zone(String name, ZoneId otherwise) {
		String value = this.values.get(name);
		if (value == null) {
			return otherwise;
		}
		try {
			return ZoneId.of(value);
		}
		catch (DateTimeException ex) {
			throw BadInput.because(name + " must be a time zone such as Europe/Berlin or UTC, was '" + value + "'");
		}
	}

	/**
	 * A {@code java.time} pattern that {@link DateReader} can read dates with, such as
	 * {@code d/M/yyyy H:mm}.
	 */
	String datePattern(String name, String otherwise) {
		String value = this.values.getOrDefault(name, otherwise);
		if (value != null && !DateReader.validPattern(value)) {
			throw BadInput.because(name + " '" + value + "' is not a date pattern");
		}
		return value;
	}

	/** One of the given choices, ignoring case. */
	String choice(String name, List<String> choices) {
		String value = this.values.getOrDefault(name, choices.get(0));
		return choices.stream()
			.filter(value::equalsIgnoreCase)
			.findFirst()
			.orElseThrow(() -> BadInput
				.because(name + " must be one of " + String.join(", ", choices) + ", was '" + value + "'"));
	}

}
