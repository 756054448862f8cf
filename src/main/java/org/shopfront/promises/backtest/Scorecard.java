package org.shopfront.promises.backtest;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

import org.shopfront.promises.BusinessCalendar;

/**
 * Scores the promises of a replay: hit rate per confidence level, how much shorter the
 * segmented promises are than one global quantile, and how early and how precisely the
 * at-risk watch warned about promises that broke. Hours are business hours.
 */
final class Scorecard {

	private final List<Outcome> scored;

	private final double[] levels;

	private final int main;

	private final BusinessCalendar calendar;

	Scorecard(List<Outcome> scored, double[] levels, int main, BusinessCalendar calendar) {
		this.scored = scored;
		this.levels = levels;
		this.main = main;
		this.calendar = calendar;
	}

	Map<String, Object> figures(int tickets) {
		Map<String, Object> figures = new LinkedHashMap<>();
		figures.put("tickets", tickets);
		figures.put("testTickets", this.scored.size());
		Map<String, Double> hitRate = new LinkedHashMap<>();
		double error = 0;
		for (int level = 0; level < this.levels.length; level++) {
			int index = level;
			double rate = share(this.scored.stream().filter((outcome) -> outcome.kept(index)).count());
			hitRate.put(String.valueOf(this.levels[level]), round(rate));
			error += Math.abs(rate - this.levels[level]);
		}
		figures.put("confidence", this.levels[this.main]);
		figures.put("hitRate", hitRate);
		figures.put("calibrationError", round(error / this.levels.length));
		figures.put("medianQuotedHours", round(median((outcome) -> outcome.quotes()[this.main].hours())));
		figures.put("medianQuotedHoursGlobal", round(median((outcome) -> outcome.global().hours())));
		figures.put("medianLevel", round(median((outcome) -> outcome.quotes()[this.main].level())));
		figures.put("medianLevelGlobal", round(median((outcome) -> outcome.global().level())));
		figures.put("hitRateGlobal",
				round(share(this.scored.stream()
					.filter((o) -> o.ticket().resolved() != null && !o.ticket().resolved().isAfter(o.global().due()))
					.count())));
		warnings(figures);
		List<Boolean> sla = this.scored.stream().map((o) -> o.ticket().madeSla()).filter(Objects::nonNull).toList();
		if (!sla.isEmpty()) {
			figures.put("baselineSlaAttainment",
					round((double) sla.stream().filter((made) -> made).count() / sla.size()));
		}
		return figures;
	}

	private void warnings(Map<String, Object> figures) {
		List<Outcome> broken = this.scored.stream().filter((outcome) -> !outcome.kept(this.main)).toList();
		List<Outcome> warned = this.scored.stream().filter((outcome) -> outcome.warnedAt() != null).toList();
		long brokenAndWarned = broken.stream().filter((outcome) -> outcome.warnedAt() != null).count();
		figures.put("brokenPromises", broken.size());
		figures.put("warnings", warned.size());
		figures.put("earlyWarningShare", round(broken.isEmpty() ? 1 : (double) brokenAndWarned / broken.size()));
		figures.put("warningPrecision", round(warned.isEmpty() ? 0 : (double) brokenAndWarned / warned.size()));
		double[] leads = broken.stream()
			.filter((outcome) -> outcome.warnedAt() != null)
			.mapToDouble((o) -> this.calendar.hoursBetween(o.warnedAt(), o.quotes()[this.main].due()))
			.toArray();
		figures.put("medianWarningLeadHours", round(median(leads)));
	}

	private double share(long count) {
		return this.scored.isEmpty() ? 0 : (double) count / this.scored.size();
	}

	private double median(ToDoubleFunction<Outcome> value) {
		return median(this.scored.stream().mapToDouble(value).toArray());
	}

	static double median(double[] values) {
		if (values.length == 0) {
			return 0;
		}
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int middle = sorted.length / 2;
		return (sorted.length % 2 == 1) ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	}

	private static double round(double value) {
		return Math.round(value * 10000) / 10000.0;
	}

}
