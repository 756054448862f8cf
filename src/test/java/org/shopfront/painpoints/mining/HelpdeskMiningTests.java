package org.shopfront.painpoints.mining;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Mines the real helpdesk corpus ({@code -Dshopfront.data.dir}, see ../shared/data);
 * skipped when the data set is absent.
 */
class HelpdeskMiningTests {

	@Test
	void findsPainPointsThatAgreeWithTheDesksOwnSubCategories() {
		Path file = Path.of(System.getProperty("shopfront.data.dir", "../shared/data"), "helpdesk_tickets.csv");
		assumeTrue(Files.isRegularFile(file), "helpdesk_tickets.csv not found");
		TicketFile.Rows rows = TicketFile.read(file, TicketFile.Format.CSV, List.of("title", "body"), "sub_category1");
		MiningResult result = new PainPointMiner(MiningOptions.builder().k(31).seed(0).build()).mine(rows.tickets());
		// scikit-learn's baseline reaches 0.256 on average (docs/benchmarks.md);
		// the floor catches a broken pipeline, not the last thousandth.
		assertThat(ClusteringAgreement.of(rows.labels(), result.assignments()).nmi()).isGreaterThan(0.23);
		assertThat(result.painPoints()).allSatisfy((painPoint) -> assertThat(painPoint.terms())
			.noneMatch((term) -> term.matches(".*\\b(hi|hello|thanks|regards|dear)\\b.*")));
		assertThat(result.painPoints().get(0).size()).isLessThan(rows.tickets().size() / 5);
	}

}
