package org.shopfront.initiatives;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;

import org.shopfront.initiatives.PortfolioFigures.Measure;
import org.shopfront.initiatives.PortfolioFigures.Totals;

/**
 * Sums rows of the portfolio's rollup query into {@link Totals}: for the company, a unit
 * or a quarter, each summed separately.
 */
final class PortfolioTally {

	private final Map<PromiseMeasure, long[]> counts = new EnumMap<>(PromiseMeasure.class);

	private final Map<PromiseMeasure, BigDecimal[]> sums = new EnumMap<>(PromiseMeasure.class);

	private int running;

	private int atRisk;

	/** Adds one row: a unit's, quarter's and measure's sums. */
	void add(ResultSet rs) throws SQLException {
		PromiseMeasure measure = PromiseMeasure.valueOf(rs.getString("measure"));
		long[] c = this.counts.computeIfAbsent(measure, (m) -> new long[7]);
		c[0] += rs.getLong("counted");
		c[1] += rs.getLong("missed");
		c[2] += rs.getLong("overrun_n");
		c[3] += rs.getLong("replanned");
		c[4] += rs.getLong("slipped");
		c[5] += rs.getLong("warned");
		c[6] += rs.getLong("entries");
		BigDecimal[] s = this.sums.computeIfAbsent(measure,
				(m) -> new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO });
		s[0] = s[0].add(orZero(rs.getBigDecimal("overrun_sum")));
		s[1] = s[1].add(orZero(rs.getBigDecimal("promised")));
		s[2] = s[2].add(orZero(rs.getBigDecimal("actual")));
	}

	void running(int running, int atRisk) {
		this.running += running;
		this.atRisk += atRisk;
	}

	Totals totals() {
		int slipped = (int) (count(PromiseMeasure.BUDGET, 4) + count(PromiseMeasure.DATE, 4));
		int warned = (int) (count(PromiseMeasure.BUDGET, 5) + count(PromiseMeasure.DATE, 5));
		return new Totals((int) count(PromiseMeasure.BUDGET, 6), this.running, this.atRisk,
				measure(PromiseMeasure.BUDGET), measure(PromiseMeasure.DATE), measure(PromiseMeasure.VALUE), slipped,
				warned, PortfolioFigures.percent(warned, slipped), sum(PromiseMeasure.BUDGET, 1),
				sum(PromiseMeasure.BUDGET, 2), sum(PromiseMeasure.VALUE, 1), sum(PromiseMeasure.VALUE, 2));
	}

	private Measure measure(PromiseMeasure m) {
		return Measure.of((int) count(m, 0), (int) count(m, 1), sum(m, 0), (int) count(m, 2), (int) count(m, 3));
	}

	private long count(PromiseMeasure m, int i) {
		long[] c = this.counts.get(m);
		return (c != null) ? c[i] : 0;
	}

	private BigDecimal sum(PromiseMeasure m, int i) {
		BigDecimal[] s = this.sums.get(m);
		return (s != null) ? s[i] : BigDecimal.ZERO;
	}

	private static BigDecimal orZero(BigDecimal value) {
		return (value != null) ? value : BigDecimal.ZERO;
	}

}
