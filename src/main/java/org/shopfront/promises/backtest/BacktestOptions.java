package org.shopfront.promises.backtest;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;

import org.shopfront.promises.BusinessCalendar;
import org.shopfront.promises.DueTime;
import org.shopfront.promises.ForecastSettings;

/**
 * The backtest's command line (see {@link #USAGE}): the input file and where its facts
 * are ({@link Layout}), the calendar lead times are measured in, and how the replay
 * learns and is scored. Every ticket also counts in the segment of everything.
 *
 * @param input the file to replay
 * @param layout where the file's facts are
 * @param calendar the working time lead times are measured in, in the zone that local
 * timestamps are read in
 * @param dueTime when in the day promises fall due
 * @param train the share of tickets (in order of opening) used only for learning
 * @param confidence the stated confidence of the promises the watch looks after
 * @param riskThreshold the chance of keeping below which the watch warns
 * @param windowDays how far back history counts
 */
record BacktestOptions(Path input, Layout layout, BusinessCalendar calendar, DueTime dueTime, double train,
		double confidence, double riskThreshold, int windowDays) {

	static final String USAGE = """
			usage: backtest --input FILE [--format servicenow|tickets|eventlog] [--id COL]
			    [--opened COL] [--resolved COL,COL...] [--event-time COL] [--activity COL]
			    [--opened-activity NAME,...] [--resolved-activity NAME,...] [--segments COL,COL+COL,...]
			    [--date-format PATTERN] [--zone ZONE] [--calendar business|24x7] [--due day|hour]
			    [--train 0.7] [--confidence 0.85] [--risk-threshold 0.35] [--window-days 180]""";

	static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Berlin");

	private static final List<String> NAMES = List.of("--input", "--format", "--id", "--opened", "--resolved",
			"--event-time", "--activity", "--opened-activity", "--resolved-activity", "--segments", "--date-format",
			"--zone", "--calendar", "--due", "--train", "--confidence", "--risk-threshold", "--window-days");

	static BacktestOptions parse(List<String> words) {
		Arguments arguments = new Arguments(words, NAMES, USAGE);
		if (!arguments.has("--input")) {
			throw BadInput.because("--input FILE is required\n" + USAGE);
		}
		ZoneId zone = arguments.zone("--zone", DEFAULT_ZONE);
		BusinessCalendar calendar = arguments.choice("--calendar", List.of("business", "24x7")).equals("24x7")
				? BusinessCalendar.aroundTheClock(zone) : BusinessCalendar.weekdays(zone);
		String choice = arguments.choice("--due", List.of("day", "hour", "exact"));
		DueTime due = choice.equals("hour") ? DueTime.FULL_HOUR
				: choice.equals("exact") ? DueTime.EXACT : DueTime.CLOSE_OF_DAY;
		return new BacktestOptions(Path.of(arguments.text("--input", null)), layout(arguments), calendar, due,
				arguments.share("--train", 0.7), arguments.share("--confidence", 0.85),
				arguments.share("--risk-threshold", 0.35),
				arguments.positive("--window-days", (int) ForecastSettings.DEFAULTS.window().toDays()));
	}

	/**
	 * The format's columns, overridden by those named; naming opening or resolving
	 * activities replaces the format's opening or resolution column.
	 */
	private static Layout layout(Arguments arguments) {
		Format format = Format.named(arguments.text("--format", "servicenow"));
		String opened = arguments.text("--opened", arguments.has("--opened-activity") ? null : format.opened);
		List<String> resolved = arguments.list("--resolved",
				arguments.has("--resolved-activity") ? List.of() : format.resolved);
		return new Layout(arguments.text("--id", format.id), opened, resolved,
				arguments.text("--event-time", format.eventTime), arguments.text("--activity", "activity"),
				arguments.set("--opened-activity"), arguments.set("--resolved-activity"),
				arguments.list("--segments", format.segments),
				arguments.datePattern("--date-format", format.datePattern));
	}

}
