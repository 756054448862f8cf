package org.shopfront.initiatives;

import java.util.List;

/**
 * The portfolio page as it reads, every figure already worded: the template only places
 * these strings, so that a page view costs no message lookups, formatting or expression
 * projections (issue 10's page target). Built from {@link PortfolioFigures} by
 * {@link PortfolioPages}.
 *
 * @param money the company's money sentence, or null where the reader may not see it
 */
record PortfolioView(String counts, List<Card> measures, Card toldEarly, String money, List<Row> units, List<Row> trend,
		Chart chart) {

	/**
	 * One of the company's figures: its share, how many of how many, the average overrun
	 * and the record of large IT projects (the last two null for "told early").
	 */
	record Card(String id, String label, String share, String of, String average, String benchmark) {
	}

	/** A unit's or a quarter's row: its name and the four shares. */
	record Row(String name, List<Cell> cells, String toldEarly) {
	}

	/** A share with its average overrun. */
	record Cell(String share, String average) {
	}

	/** The trend chart's series, comma-separated, one value per quarter (empty: none). */
	record Chart(String labels, String budget, String date, String value) {
	}

}
