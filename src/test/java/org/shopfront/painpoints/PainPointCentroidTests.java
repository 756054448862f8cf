package org.shopfront.painpoints;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.shopfront.painpoints.mining.MiningLanguage;
import org.shopfront.painpoints.mining.MiningOptions;
import org.shopfront.painpoints.mining.MiningResult;
import org.shopfront.painpoints.mining.PainPointMiner;
import org.shopfront.painpoints.mining.TextAnalysis;
import org.shopfront.painpoints.mining.TicketFeatures;
import org.shopfront.painpoints.mining.TicketFile;
import org.shopfront.painpoints.mining.TicketText;

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
		for (int i = 0; i < 1500; i++) {
			many.put("term" + i, (float) i);
		}
		PainPointCentroid centroid = PainPointCentroid.of(many);
		assertThat(centroid.size()).isEqualTo(PainPointCentroid.KEPT_TERMS);
		assertThat(centroid.encode()).contains("term1499").doesNotContain("term0 ");
	}

	@Test
	void placesATicketAtTheCentroidOfItsWordsAndPairsOfWords() {
		TicketFeatures features = new TicketFeatures(new TextAnalysis(MiningLanguage.ENGLISH), Set.of("pleas"), 2f);
		List<PainPointCentroid> centroids = List.of(
				PainPointCentroid.of(Map.of("vpn", 2f, "connect", 1f, "vpn connect", 1.5f)),
				PainPointCentroid.of(Map.of("printer", 2f, "jam", 1f, "printer jam", 1.5f)));

		assertThat(features.of(TicketText.of("Please, printer jams", ""))).containsOnlyKeys("printer", "jam",
				"printer jam");
		assertThat(PainPointCentroids.nearest(features.of(TicketText.of("My VPN does not connect", "")), centroids))
			.isZero();
		assertThat(PainPointCentroids.nearest(features.of(TicketText.of("", "the printer jams again")), centroids))
			.isEqualTo(1);
		assertThat(PainPointCentroids.nearest(features.of(TicketText.of("nothing in common here", "")), centroids))
			.isEqualTo(-1);
		assertThat(centroids.get(0).similarity(centroids.get(1))).isLessThan(0.1);
	}

	@Test
	void placesEveryMinedTicketWhereTheMinerPutIt() throws URISyntaxException {
		TicketFile.Rows rows = TicketFile.read(Path.of(getClass().getResource("/painpoints/mixed_styles.csv").toURI()),
				TicketFile.Format.CSV, List.of("title", "body"), null);
		MiningResult result = new PainPointMiner(MiningOptions.builder().k(6).seed(1).threads(2).build())
			.mine(rows.tickets());
		List<PainPointCentroid> centroids = PainPointCentroids.of(result.model());
		TicketFeatures features = new MinedFeatures(result.model().droppedStems(), result.model().titleWeight())
			.counting(new TextAnalysis(MiningLanguage.ENGLISH));

		for (int i = 0; i < rows.tickets().size(); i++) {
			assertThat(PainPointCentroids.nearest(features.of(rows.tickets().get(i)), centroids)).as("ticket %d", i)
				.isEqualTo(result.assignments()[i]);
		}
	}

}
