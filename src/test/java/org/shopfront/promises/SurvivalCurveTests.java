package org.shopfront.promises;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The product-limit estimate against a hand-computed example.
 */
class SurvivalCurveTests {

	static double middleOf(int bin) {
		return (LeadTimeBins.upper(bin - 1) + LeadTimeBins.upper(bin)) / 2;
	}

	@Test
	void matchesTheHandComputedKaplanMeierEstimate() {
		// six orders: two finish in bin 10, one is still open in bin 15, one finishes in
		// bin 20, one in bin 25, one is still open in bin 30
		int[] finished = new int[LeadTimeBins.COUNT];
		int[] censored = new int[LeadTimeBins.COUNT];
		finished[10] = 2;
		censored[15] = 1;
		finished[20] = 1;
		finished[25] = 1;
		censored[30] = 1;
		SurvivalCurve curve = SurvivalCurve.kaplanMeier(finished, censored);

		// S = 4/6 after bin 10; 4/6 * 2/3 = 4/9 after bin 20; 4/9 * 1/2 = 2/9 after bin
		// 25
		assertThat(curve.survival(middleOf(10))).isCloseTo(4.0 / 6, within(1e-12));
		assertThat(curve.survival(middleOf(20))).isCloseTo(4.0 / 9, within(1e-12));
		assertThat(curve.survival(middleOf(25))).isCloseTo(2.0 / 9, within(1e-12));
		assertThat(curve.quantile(0.5)).isEqualTo(LeadTimeBins.upper(20));
		assertThat(curve.quantile(0.7)).isEqualTo(LeadTimeBins.upper(25));
		// beyond the last finished order the estimate only knows the longest time
		// observed
		assertThat(curve.quantile(0.9)).isEqualTo(LeadTimeBins.upper(30));
	}

	@Test
	void givesTheChanceToFinishByADeadlineGivenTheTimeTaken() {
		int[] finished = new int[LeadTimeBins.COUNT];
		finished[10] = 2;
		finished[20] = 1;
		finished[25] = 1;
		SurvivalCurve curve = SurvivalCurve.kaplanMeier(finished, new int[LeadTimeBins.COUNT]);

		double afterBin10 = middleOf(12);
		assertThat(curve.chanceToFinish(afterBin10, middleOf(20))).isCloseTo(0.5, within(1e-12));
		assertThat(curve.chanceToFinish(afterBin10, middleOf(25))).isCloseTo(1, within(1e-12));
		assertThat(curve.chanceToFinish(0, middleOf(10))).isCloseTo(0.5, within(1e-12));
	}

}
