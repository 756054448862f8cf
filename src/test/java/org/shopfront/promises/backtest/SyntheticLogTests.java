package org.shopfront.promises.backtest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A third company's log, made up here with other columns, activities, date pattern,
 * segments and lead time distributions than the two real ones: a desk that works around
 * the clock, whose teams and priorities differ by two orders of magnitude. The backtest
 * reads it through its options alone, and the promises and warnings hold.
 */
class SyntheticLogTests {

	static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

	@TempDir
	Path folder;

	Path log(long seed) throws IOException {
		Random random = new Random(seed);
		List<String> lines = new ArrayList<>(List.of("ticket,state,changed_on,team,priority,agent"));
		String[] teams = { "network", "desktop", "erp" };
		double[] medians = { 3, 30, 120 };
		double[] sigmas = { 1.2, 0.8, 1.0 };
		double[] priorityFactors = { 0.3, 1, 2.5 };
		LocalDateTime at = LocalDateTime.parse("2024-01-01T00:00");
		for (int i = 0; i < 6000; i++) {
			at = at.plusMinutes((long) (-90 * Math.log(1 - random.nextDouble())));
			int team = random.nextInt(teams.length);
			int priority = random.nextInt(priorityFactors.length);
			double hours = medians[team] * priorityFactors[priority] * Math.exp(sigmas[team] * random.nextGaussian());
			String row = ",P" + (priority + 1) + ",agent " + random.nextInt(40);
			String ticket = "T-" + i + ",";
			lines.add(ticket + "New," + STAMP.format(at) + "," + teams[team] + row);
			lines.add(ticket + "In Progress," + STAMP.format(at.plusMinutes(5)) + "," + teams[team] + row);
			if (random.nextDouble() < 0.99) {
				LocalDateTime solved = at.plusMinutes(5 + (long) (hours * 60));
				lines.add(ticket + "Solved," + STAMP.format(solved) + "," + teams[team] + row);
				lines.add(ticket + "Closed," + STAMP.format(solved.plusDays(7)) + "," + teams[team] + row);
			}
		}
		return Files.write(this.folder.resolve("third-company.csv"), lines);
	}

	@Test
	@SuppressWarnings("unchecked")
	void promisesAndWarningsHoldOnALogOfAnotherShape() throws IOException {
		Map<String, Object> figures = new BacktestCommand()
			.figures(BacktestOptions.parse(List.of("--input", log(11).toString(), "--format", "eventlog", "--id",
					"ticket", "--event-time", "changed_on", "--activity", "state", "--opened-activity", "New",
					"--resolved-activity", "Solved", "--segments", "team+priority,team", "--date-format",
					"dd.MM.yyyy HH:mm", "--zone", "UTC", "--calendar", "24x7", "--due", "exact")));

		Map<String, Double> hitRate = (Map<String, Double>) figures.get("hitRate");
		assertThat(figures.get("tickets")).isEqualTo(6000);
		assertThat(hitRate.get("0.5")).isCloseTo(0.50, within(0.03));
		assertThat(hitRate.get("0.7")).isCloseTo(0.70, within(0.03));
		assertThat(hitRate.get("0.85")).isCloseTo(0.85, within(0.03));
		assertThat(hitRate.get("0.95")).isCloseTo(0.95, within(0.03));
		assertThat((double) figures.get("medianQuotedHours"))
			.isLessThan(0.75 * (double) figures.get("medianQuotedHoursGlobal"));
		assertThat((double) figures.get("earlyWarningShare")).isGreaterThanOrEqualTo(0.80);
		assertThat((double) figures.get("warningPrecision")).isGreaterThanOrEqualTo(0.60);
	}

}
