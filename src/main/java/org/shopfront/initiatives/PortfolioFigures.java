package org.shopfront.initiatives;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The portfolio: for the whole company, per business unit and per quarter, how its
 * finished initiatives did against their first promises, beside the record of large IT
 * projects (45 % over budget, 7 % over time, 56 % less value, McKinsey 2012). Money is
 * null wherever the reader may not see it.
 */
record PortfolioFigures(Totals company, List<UnitTotals> units, List<QuarterTotals> trend) {

	/** On average, large IT projects run this far over budget (McKinsey, 2012). */
	static final BigDecimal BENCHMARK_BUDGET = new BigDecimal("0.45");

	/** … this far over time. */
	static final BigDecimal BENCHMARK_DATE = new BigDecimal("0.07");

	/** … and deliver this much less value than predicted. */
	static final BigDecimal BENCHMARK_VALUE = new BigDecimal("0.56");

	/**
	 * One measure: how many initiatives have its outcome (cancelled ones left out), how
	 * many missed their first promise, the average overrun (signed; for value the
	 * shortfall) over those with an actual, and how many were re-planned.
	 */
	record Measure(int counted, int missed, Integer missedPercent, BigDecimal averageOverrun, int withOverrun,
			int replanned) {

		static Measure of(int counted, int missed, BigDecimal overrunSum, int withOverrun, int replanned) {
			BigDecimal average = (withOverrun > 0)
					? overrunSum.divide(BigDecimal.valueOf(withOverrun), MathContext.DECIMAL64) : null;
			return new Measure(counted, missed, percent(missed, counted), average, withOverrun, replanned);
		}

	}

	/**
	 * @param finished initiatives with their budget settled (delivered or stopped)
	 * @param slipped budget and date promises that did not hold as first promised
	 * @param warned those of them the sponsor heard about before
	 * @param budgetPromised the first budgets of the finished initiatives, or null
	 * (hidden)
	 * @param budgetSpent what they spent, or null
	 * @param valuePromised the value per year first promised, or null
	 * @param valueRealised the value per year realised, or null
	 */
	record Totals(int finished, int running, int atRisk, Measure budget, Measure date, Measure value, int slipped,
			int warned, Integer toldEarlyPercent, BigDecimal budgetPromised, BigDecimal budgetSpent,
			BigDecimal valuePromised, BigDecimal valueRealised) {

		Totals withoutMoney() {
			return new Totals(this.finished, this.running, this.atRisk, this.budget, this.date, this.value,
					this.slipped, this.warned, this.toldEarlyPercent, null, null, null, null);
		}

		public boolean hasMoney() {
			return this.budgetPromised != null;
		}

	}

	record UnitTotals(UUID unitId, String unit, Totals totals) {
	}

	record QuarterTotals(LocalDate quarter, String label, Totals totals) {
	}

	/** The figures with money only where the reader may see it. */
	PortfolioFigures forReader(Predicate<UUID> seesMoneyOfUnit, boolean seesAllMoney) {
		return new PortfolioFigures(seesAllMoney ? this.company : this.company.withoutMoney(),
				this.units.stream()
					.map((u) -> seesMoneyOfUnit.test(u.unitId()) ? u
							: new UnitTotals(u.unitId(), u.unit(), u.totals().withoutMoney()))
					.toList(),
				this.trend.stream()
					.map((q) -> new QuarterTotals(q.quarter(), q.label(), q.totals().withoutMoney()))
					.toList());
	}

	static Integer percent(int part, int whole) {
		return (whole > 0) ? (int) Math.round(100.0 * part / whole) : null;
	}

}
