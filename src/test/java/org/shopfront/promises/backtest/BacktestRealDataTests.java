package org.shopfront.promises.backtest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The backtest on the two real logs of {@code shopfront.data.dir} (issue 11's targets),
 * when they are there: the ServiceNow incident log and the helpdesk event log of another
 * company. Takes about a minute.
 */
class BacktestRealDataTests {

	static final double[] LEVELS = { 0.5, 0.7, 0.85, 0.95 };

	/** The helpdesk event log's layout; its segment column chosen on its first 70 %. */
	static final List<String> HELPDESK = List.of("--format", "eventlog", "--id", "Case ID", "--event-time",
			"Complete Timestamp", "--activity", "Activity", "--resolved-activity", "Resolve ticket", "--date-format",
			"yyyy/M/d H:mm:ss", "--zone", "Europe/Rome", "--segments", "service_level");

	static Map<String, Object> backtest(String file, List<String> options) {
		String folder = System.getProperty("shopfront.data.dir");
		assumeTrue(folder != null, "shopfront.data.dir is not set");
		Path log = Path.of(folder, file);
		assumeTrue(Files.isReadable(log), "no " + file + " in " + folder);
		List<String> arguments = new ArrayList<>(List.of("--input", log.toString()));
		arguments.addAll(options);
		return new BacktestCommand().figures(BacktestOptions.parse(arguments));
	}

	@SuppressWarnings("unchecked")
	static double hitRate(Map<String, Object> figures, double level) {
		return ((Map<String, Double>) figures.get("hitRate")).get(String.valueOf(level));
	}

	static double figure(Map<String, Object> figures, String name) {
		return ((Number) figures.get(name)).doubleValue();
	}

	static void assertWarnsEarlyAndRightly(Map<String, Object> figures) {
		assertThat(figure(figures, "earlyWarningShare")).isGreaterThanOrEqualTo(0.80);
		assertThat(figure(figures, "warningPrecision")).isGreaterThanOrEqualTo(0.60);
	}

	@Test
	void incidentPromisesTimedAsAnSlaClockTimesThemHoldAtEveryLevel() {
		Map<String, Object> figures = backtest("incident_event_log.csv", List.of("--due", "exact"));

		assertThat(figures.get("testTickets")).isEqualTo(7476);
		for (double level : LEVELS) {
			assertThat(hitRate(figures, level)).as("at " + level).isCloseTo(level, within(0.02));
		}
		assertThat(figure(figures, "medianQuotedHours"))
			.isLessThanOrEqualTo(0.75 * figure(figures, "medianQuotedHoursGlobal"));
		assertWarnsEarlyAndRightly(figures);
	}

	@Test
	void incidentPromisesDueAtTheCloseOfADayHoldAtTheHigherLevelsAndAreKeptMoreOftenBelow() {
		Map<String, Object> figures = backtest("incident_event_log.csv", List.of());

		assertThat(hitRate(figures, 0.85)).isCloseTo(0.85, within(0.02));
		assertThat(hitRate(figures, 0.95)).isCloseTo(0.95, within(0.02));
		assertThat(hitRate(figures, 0.5)).as("55 % are resolved the day they open").isGreaterThan(0.55);
		assertThat(hitRate(figures, 0.7)).isGreaterThanOrEqualTo(0.68);
		double quoted = figure(figures, "medianQuotedHours");
		assertThat(quoted).isLessThanOrEqualTo(0.75 * figure(figures, "medianQuotedHoursGlobal"));
		assertWarnsEarlyAndRightly(figures);
		assertThat(figure(figures, "medianWarningLeadHours")).isGreaterThanOrEqualTo(quoted / 4);
		assertThat(figures).containsKey("baselineSlaAttainment");
	}

	@Test
	void helpdeskPromisesHoldAtEveryLevelWithinThreePoints() {
		Map<String, Object> figures = backtest("helpdesk_event_log.csv", HELPDESK);

		assertThat(figures.get("tickets")).isEqualTo(4580);
		for (double level : LEVELS) {
			assertThat(hitRate(figures, level)).as("at " + level).isCloseTo(level, within(0.03));
		}
		assertThat(figure(figures, "medianQuotedHours"))
			.isLessThanOrEqualTo(figure(figures, "medianQuotedHoursGlobal"));
		assertWarnsEarlyAndRightly(figures);
	}

}
