package org.shopfront.estimates.backtest;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.shopfront.estimates.reference.WideningSettings;
import org.shopfront.shared.tabular.DateReader;

/**
 * The command line of {@code estimates-backtest}:
 * {@code --input FILE --estimate COL --actual COL --date COL [--segments COL,...]
 * [--train 0.7] [--date-format PATTERN] [--start COL] [--minimum-sample 30]}. Segments
 * are given most specific first; {@code --start} is where a column of dates is counted
 * from (the {@code --date} column unless said otherwise).
 */
record BacktestOptions(Path input, String estimate, String actual, String date, String start, List<String> segments,
		double train, String datePattern, int minimumSample) {

	static final String USAGE = "usage: estimates-backtest --input FILE --estimate COL --actual COL --date COL"
			+ " [--segments COL,...] [--train 0.7] [--date-format PATTERN] [--start COL] [--minimum-sample 30]";

	private static final List<String> REQUIRED = List.of("--input", "--estimate", "--actual", "--date");

	private static final List<String> OPTIONAL = List.of("--segments", "--train", "--date-format", "--start",
			"--minimum-sample");

	static BacktestOptions parse(List<String> arguments) {
		Map<String, String> given = new HashMap<>();
		Iterator<String> words = arguments.iterator();
		while (words.hasNext()) {
			String option = words.next();
			if (!REQUIRED.contains(option) && !OPTIONAL.contains(option)) {
				throw new Refused("unknown option '" + option + "'\n" + USAGE);
			}
			if (!words.hasNext()) {
				throw new Refused("option " + option + " needs a value\n" + USAGE);
			}
			given.put(option, words.next());
		}
		for (String option : REQUIRED) {
			if (!given.containsKey(option)) {
				throw new Refused(option + " is required\n" + USAGE);
			}
		}
		String pattern = given.get("--date-format");
		if (pattern != null && !DateReader.validPattern(pattern)) {
			throw new Refused("--date-format '" + pattern + "' is not a date pattern");
		}
		List<String> segments = Arrays.stream(given.getOrDefault("--segments", "").split(","))
			.map(String::strip)
			.filter((segment) -> !segment.isEmpty())
			.toList();
		return new BacktestOptions(Path.of(given.get("--input")), given.get("--estimate"), given.get("--actual"),
				given.get("--date"), given.getOrDefault("--start", given.get("--date")), segments, train(given),
				pattern, minimumSample(given));
	}

	private static double train(Map<String, String> given) {
		String value = given.getOrDefault("--train", "0.7");
		try {
			double share = Double.parseDouble(value);
			if (share > 0 && share < 1) {
				return share;
			}
		}
		catch (NumberFormatException ex) {
			// Said below, as for a share out of range.
		}
		throw new Refused("--train must be a share between 0 and 1, such as 0.7; was '" + value + "'");
	}

	private static int minimumSample(Map<String, String> given) {
		String value = given.get("--minimum-sample");
		if (value == null) {
			return WideningSettings.DEFAULTS.minimumSample();
		}
		try {
			int sample = Integer.parseInt(value);
			if (sample >= 1) {
				return sample;
			}
		}
		catch (NumberFormatException ex) {
			// Said below, as for a number out of range.
		}
		throw new Refused("--minimum-sample must be a whole number of 1 or more; was '" + value + "'");
	}

	/**
	 * A command line that cannot run, or a file without a single usable project, said to
	 * the person who ran the backtest; problems at a line and column of the file are
	 * {@link org.shopfront.shared.tabular.FileProblem}s.
	 */
	static final class Refused extends RuntimeException {

		Refused(String message) {
			super(message);
		}

	}

}
