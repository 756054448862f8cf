package org.shopfront.promises;

import java.util.List;
import java.util.function.DoubleUnaryOperator;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Promises at every stated confidence hold at that confidence on made-up desks whose true
 * lead time distributions are known, and the at-risk watch warns early and rightly. Each
 * desk runs 12,000 orders, the second half scored.
 */
class CalibrationTests {

	/** The first is the confidence promised and watched; all are scored. */
	static final double[] LEVELS = { 0.85, 0.5, 0.7, 0.95 };

	static final double RISK_THRESHOLD = 0.35;

	static SyntheticDesk.Kind kind(String name, double share, SyntheticDesk.LeadTime leadTime) {
		return new SyntheticDesk.Kind(name, share, leadTime);
	}

	static SyntheticDesk.Result run(SyntheticDesk desk, boolean calibrated, DueTime due, int windowDays) {
		return desk.run(SyntheticDesk.forecaster(calibrated, due, windowDays), 12_000, LEVELS, RISK_THRESHOLD, 5);
	}

	static void assertHoldsAtEveryLevel(SyntheticDesk.Result result) {
		for (int level = 0; level < LEVELS.length; level++) {
			assertThat(result.hitRates()[level]).as("hit rate at " + LEVELS[level])
				.isCloseTo(LEVELS[level], within(0.02));
		}
		assertThat(result.earlyWarningShare()).as("broken promises warned before their due time")
			.isGreaterThanOrEqualTo(0.80);
		assertThat(result.warningPrecision()).as("warnings about promises that broke").isGreaterThanOrEqualTo(0.60);
	}

	@Test
	void promisesHoldAtEveryLevelWhenSegmentsDifferAndLeadTimesStayTheSame() {
		SyntheticDesk desk = new SyntheticDesk(List.of(kind("fast", 0.5, SyntheticDesk.logNormal(2, 1)),
				kind("slow", 0.3, SyntheticDesk.logNormal(40, 0.8)),
				kind("erratic", 0.2, SyntheticDesk.logNormal(10, 2))), 0.5);

		assertHoldsAtEveryLevel(run(desk, true, DueTime.EXACT, 180));
	}

	@Test
	void promisesDueAtTheCloseOfADayHoldAtEveryLevelInsteadOfMoreOften() {
		SyntheticDesk desk = new SyntheticDesk(List.of(kind("a", 0.5, SyntheticDesk.logNormal(30, 0.7)),
				kind("b", 0.5, SyntheticDesk.logNormal(100, 0.5))), 0.5);

		assertCalibrationCorrects(desk, DueTime.CLOSE_OF_DAY, 180, "the raw median rounded up to midnight");
	}

	@Test
	void promisesHoldAtEveryLevelWhileLeadTimesShrink() {
		assertCalibrationCorrects(drifting((hours) -> 1 - 0.667 * hours / 6000), DueTime.EXACT, 30,
				"yesterday's slower median");
	}

	@Test
	void promisesHoldAtEveryLevelWhileLeadTimesGrow() {
		assertHoldsAtEveryLevel(run(drifting((hours) -> 1 + 2 * hours / 6000), true, DueTime.EXACT, 30));
	}

	/** Two segments whose lead times change alike over the hours of the run. */
	static SyntheticDesk drifting(DoubleUnaryOperator factor) {
		return new SyntheticDesk(List.of(kind("a", 0.6, SyntheticDesk.drifting(SyntheticDesk.logNormal(10, 1), factor)),
				kind("b", 0.4, SyntheticDesk.drifting(SyntheticDesk.logNormal(40, 0.6), factor))), 0.5);
	}

	/**
	 * Raw quantiles keep the median promise too often (by 3 points); calibrated ones
	 * hold.
	 */
	static void assertCalibrationCorrects(SyntheticDesk desk, DueTime due, int windowDays, String why) {
		assertThat(run(desk, false, due, windowDays).hitRates()[1]).as(why).isGreaterThan(0.53);
		assertHoldsAtEveryLevel(run(desk, true, due, windowDays));
	}

}
