package org.shopfront.painpoints.mining;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ClusteringAgreementTests {

	@Test
	void perfectAgreementIsOneWhateverTheClusterNumbers() {
		ClusteringAgreement agreement = ClusteringAgreement.of(List.of("a", "a", "b", "b"), new int[] { 7, 7, 3, 3 });
		assertThat(agreement.nmi()).isCloseTo(1.0, within(1e-12));
		assertThat(agreement.ari()).isCloseTo(1.0, within(1e-12));
		assertThat(agreement.vMeasure()).isCloseTo(1.0, within(1e-12));
	}

	@Test
	void independentClustersScoreZeroAndBelowChance() {
		ClusteringAgreement agreement = ClusteringAgreement.of(List.of("a", "a", "b", "b"), new int[] { 0, 1, 0, 1 });
		assertThat(agreement.nmi()).isCloseTo(0.0, within(1e-12));
		// Pairs: none agree, 2 x 2 / 6 expected, so (0 - 2/3) / (2 - 2/3).
		assertThat(agreement.ari()).isCloseTo(-0.5, within(1e-12));
	}

	@Test
	void matchesHandComputedValues() {
		// H(gold) = ln 2, H(clusters) = ln 3, I = 2 * (2/6) ln 2 = (2/3) ln 2;
		// NMI = I / ((ln 2 + ln 3) / 2);
		// ARI = (2 - 6 * 3 / 15) / ((6 + 3) / 2 - 6 * 3 / 15).
		ClusteringAgreement agreement = ClusteringAgreement.of(List.of("x", "x", "x", "y", "y", "y"),
				new int[] { 0, 0, 1, 1, 2, 2 });
		double nmi = (2.0 / 3 * Math.log(2)) / ((Math.log(2) + Math.log(3)) / 2);
		assertThat(agreement.nmi()).isCloseTo(nmi, within(1e-12)).isCloseTo(0.5158037, within(1e-6));
		assertThat(agreement.vMeasure()).isCloseTo(nmi, within(1e-12));
		assertThat(agreement.ari()).isCloseTo(0.8 / 3.3, within(1e-12));
	}

}
