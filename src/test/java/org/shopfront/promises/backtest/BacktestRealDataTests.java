package org.shopfront.promises.backtest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The backtest on the real ServiceNow incident log (issue #3's targets), when the data
 * folder given by {@code shopfront.data.dir} is there. Takes about 15 seconds.
 */
class BacktestRealDataTests {

	@Test
	@SuppressWarnings("unchecked")
	void promisesHoldOnTheLastThirtyPerCentOfTheIncidentLog() {
		String folder = System.getProperty("shopfront.data.dir");
		assumeTrue(folder != null, "shopfront.data.dir is not set");
		Path log = Path.of(folder, "incident_event_log.csv");
		assumeTrue(Files.isReadable(log), "no incident log in " + folder);

		Map<String, Object> figures = new BacktestCommand()
			.figures(BacktestOptions.parse(List.of("--input", log.toString())));

		Map<String, Double> hitRate = (Map<String, Double>) figures.get("hitRate");
		assertThat(figures.get("testTickets")).isEqualTo(7476);
		assertThat(hitRate.get("0.7")).isCloseTo(0.70, within(0.02));
		assertThat(hitRate.get("0.85")).isCloseTo(0.85, within(0.02));
		assertThat(hitRate.get("0.95")).isCloseTo(0.95, within(0.02));
		double quoted = (double) figures.get("medianQuotedHours");
		assertThat(quoted).isLessThanOrEqualTo(0.75 * (double) figures.get("medianQuotedHoursGlobal"));
		assertThat((double) figures.get("earlyWarningShare")).isGreaterThanOrEqualTo(0.80);
		assertThat((double) figures.get("warningPrecision")).isGreaterThanOrEqualTo(0.60);
		assertThat((double) figures.get("medianWarningLeadHours")).isGreaterThanOrEqualTo(quoted / 4);
		assertThat(figures).containsKey("baselineSlaAttainment");
	}

}
