package org.shopfront.painpoints;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.shopfront.painpoints.mining.MiningLanguage;
import org.shopfront.painpoints.mining.TextAnalysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The compact centroids that place new tickets. */
class PainPointCentroidTests {

	@Test
	void survivesBeingStoredAsText() {
		PainPointCentroid centroid = PainPointCentroid.of(Map.of("vpn", 2.5f, "connect", 1.25f, "gateway", 0.5f));
		PainPointCentroid read = PainPointCentroid.decode(centroid.encode());
		assertThat(read.encode()).isEqualTo(centroid.encode());
		assertThat(read.similarity(centroid)).isCloseTo(1, within(1e-6));
	}

	@Test
	void keepsOnlyTheHeaviestTerms() {
		Map<String, Float> many = new java.util.HashMap<>();
		for (int i = 0; i < 500; i++) {
			many.put("term" + i, (float) i);
		}
		PainPointCentroid centroid = PainPointCentroid.of(many);
		assertThat(centroid.size()).isEqualTo(PainPointCentroid.KEPT_TERMS);
		assertThat(centroid.encode()).contains("term499").doesNotContain("term0 ");
	}

	@Test
	void placesATicketAtTheCentroidOfItsWords() {
		PainPointCentroids centroids = new PainPointCentroids(new TextAnalysis(MiningLanguage.ENGLISH));
		List<String> texts = List.of("VPN cannot connect from home", "VPN gateway unreachable, cannot connect",
				"Printer jams on floor 3", "Printer prints blank pages");
		List<PainPointCentroid> learned = centroids.learn(texts, new int[] { 0, 0, 1, 1 }, 2);
		assertThat(centroids.nearest("My VPN does not connect", learned)).isZero();
		assertThat(centroids.nearest("the printer jams again", learned)).isEqualTo(1);
		assertThat(centroids.nearest("nothing in common here", learned)).isEqualTo(-1);
		assertThat(learned.get(0).similarity(learned.get(1))).isLessThan(0.1);
	}

}
