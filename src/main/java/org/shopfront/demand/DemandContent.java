package org.shopfront.demand;

import java.time.LocalDate;
import java.util.List;

/**
 * What a business leader (or someone in their unit) wrote when submitting a demand: the
 * problem, the outcome wanted, its expected value, the date that matters and why, who is
 * affected, and links to documents.
 *
 * @param neededBy the date that matters, or null when none does
 * @param links web addresses (http or https), checked when submitted
 */
record DemandContent(String title, String problem, String outcome, ExpectedValue value, LocalDate neededBy,
		String neededByWhy, String affected, List<String> links) {

	DemandContent {
		links = List.copyOf(links);
	}

}
