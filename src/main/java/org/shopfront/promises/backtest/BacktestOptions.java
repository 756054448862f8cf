package org.shopfront.promises.backtest;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.shopfront.promises.ForecastSettings;
import org.shopfront.shared.tabular.DateReader;

/**
 * The backtest's command line:
 * {@code --input FILE [--format servicenow|tickets|eventlog] [--id COL] [--opened COL]
 * [--resolved COL] [--event-time COL] [--segments COL,COL+COL,...] [--date-format PATTERN]
 * [--train 0.7] [--confidence 0.85] [--risk-threshold 0.35] [--window-days 180]}. A
 * segment {@code A+B} is the combination of two columns. Every ticket also counts in the
 * segment of everything.
 */
record BacktestOptions(Path input, Format format, String id, String opened, String resolved, String eventTime,
		List<String> segments, String datePattern, double train, double confidence, double riskThreshold,
		int windowDays) {

	static final String USAGE = "usage: backtest --input FILE [--format servicenow|tickets|eventlog] [--id COL]"
			+ " [--opened COL] [--resolved COL] [--event-time COL] [--segments COL,COL,...]"
			+ " [--date-format PATTERN] [--train 0.7] [--confidence 0.85] [--risk-threshold 0.35] [--window-days 180]";

	private static final List<String> NAMES = List.of("--input", "--format", "--id", "--opened", "--resolved",
			"--event-time", "--segments", "--date-format", "--train", "--confidence", "--risk-threshold",
			"--window-days");

	static BacktestOptions parse(List<String> arguments) {
		Map<String, String> values = new HashMap<>();
		for (int i = 0; i < arguments.size(); i += 2) {
			String name = arguments.get(i);
			if (!NAMES.contains(name)) {
				throw BadInput.because("unknown option '" + name + "'\n" + USAGE);
			}
			if (i + 1 >= arguments.size()) {
				throw BadInput.because("option " + name + " needs a value\n" + USAGE);
			}
			values.put(name, arguments.get(i + 1));
		}
		if (!values.containsKey("--input")) {
			throw BadInput.because("--input FILE is required\n" + USAGE);
		}
		Format format = Format.named(values.getOrDefault("--format", "servicenow"));
		String pattern = values.getOrDefault("--date-format", format.datePattern);
		if (pattern != null && !DateReader.validPattern(pattern)) {
			throw BadInput.because("--date-format '" + pattern + "' is not a date pattern");
		}
		List<String> segments = values.containsKey("--segments") ? Arrays.stream(values.get("--segments").split(","))
			.map(String::trim)
			.filter((s) -> !s.isEmpty())
			.toList() : format.segments;
		return new BacktestOptions(Path.of(values.get("--input")), format, values.getOrDefault("--id", format.id),
				values.getOrDefault("--opened", format.opened), values.getOrDefault("--resolved", format.resolved),
				values.getOrDefault("--event-time", format.eventTime), segments, pattern, share(values, "--train", 0.7),
				share(values, "--confidence", 0.85), share(values, "--risk-threshold", 0.35), days(values));
	}

	private static int days(Map<String, String> values) {
		String value = values.get("--window-days");
		if (value == null) {
			return (int) ForecastSettings.DEFAULTS.window().toDays();
		}
		try {
			int days = Integer.parseInt(value);
			if (days > 0) {
				return days;
			}
		}
		catch (NumberFormatException ex) {
			// explained below
		}
		throw BadInput.because("--window-days must be a positive whole number, was '" + value + "'");
	}

	private static double share(Map<String, String> values, String name, double otherwise) {
		String value = values.get(name);
		if (value == null) {
			return otherwise;
		}
		try {
			double share = Double.parseDouble(value);
			if (share > 0 && share < 1) {
				return share;
			}
		}
		catch (NumberFormatException ex) {
			// explained below
		}
		throw BadInput.because(name + " must be a number between 0 and 1, was '" + value + "'");
	}

}
