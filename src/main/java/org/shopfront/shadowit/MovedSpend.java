package org.shopfront.shadowit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.shopfront.shared.Money;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How much spend moved from outside IT into the store: for each vendor the store answered
 * (added to the store, or its alternative proposed) and that was not accepted as
 * sanctioned, its monthly spend on cards before the first answer against after it. One
 * grouped query; the scoreboard's company page shows it.
 */
@Service
@Transactional(readOnly = true)
public class MovedSpend {

	private final JdbcClient jdbc;

	private final Clock clock;

	MovedSpend(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The figures: per currency the spend a month that left the cards (the average month
	 * before each vendor's answer less the average month since, summed over the vendors),
	 * and per month the spend on those vendors, before and after their answers.
	 */
	public Figures figures() {
		List<Row> rows = this.jdbc
			.sql("""
					select e.vendor_id, extract(year from e.spent_on) as y, extract(month from e.spent_on) as m,
					       e.currency, a.answered_at,
					       sum(case when e.spent_on < cast(a.answered_at as date) then e.amount else 0 end) as before_answer,
					       sum(case when e.spent_on < cast(a.answered_at as date) then 0 else e.amount end) as after_answer
					from expense_line e
					join (select vendor_id, min(taken_at) as answered_at from vendor_action
					      where kind in ('ADDED_TO_STORE', 'ALTERNATIVE_PROPOSED')
					        and vendor_id not in (select vendor_id from vendor_action where kind = 'SANCTIONED')
					      group by vendor_id) a on a.vendor_id = e.vendor_id
					group by e.vendor_id, extract(year from e.spent_on), extract(month from e.spent_on), e.currency,
					         a.answered_at
					""")
			.query((rs, row) -> new Row(rs.getString("vendor_id"), YearMonth.of(rs.getInt("y"), rs.getInt("m")),
					rs.getString("currency"),
					rs.getTimestamp("answered_at").toInstant().atZone(this.clock.getZone()).toLocalDate(),
					rs.getBigDecimal("before_answer"), rs.getBigDecimal("after_answer")))
			.list();
		return new Figures(movedPerMonth(rows), months(rows));
	}

	private List<Money> movedPerMonth(List<Row> rows) {
		YearMonth now = YearMonth.now(this.clock);
		Map<String, Totals> byVendor = new TreeMap<>();
		for (Row row : rows) {
			byVendor.computeIfAbsent(row.vendorId() + " " + row.currency(), (k) -> new Totals(row.currency())).add(row);
		}
		Map<String, BigDecimal> moved = new TreeMap<>();
		byVendor.values().forEach((t) -> moved.merge(t.currency, t.movedPerMonth(now), BigDecimal::add));
		return moved.entrySet().stream().map((e) -> Money.of(e.getValue(), Currency.getInstance(e.getKey()))).toList();
	}

	private static List<Month> months(List<Row> rows) {
		Map<String, Month> months = new TreeMap<>();
		for (Row row : rows) {
			months.merge(row.month() + " " + row.currency(),
					new Month(row.month(), row.currency(), row.before(), row.after()),
					(a, b) -> new Month(a.month(), a.currency(), a.beforeAnswer().add(b.beforeAnswer()),
							a.afterAnswer().add(b.afterAnswer())));
		}
		return new ArrayList<>(months.values());
	}

	/**
	 * @param movedPerMonth per currency, the monthly spend no longer made outside IT
	 * @param months per month and currency, oldest first
	 */
	public record Figures(List<Money> movedPerMonth, List<Month> months) {

		public boolean isEmpty() {
			return this.months.isEmpty();
		}

	}

	/** The spend on answered vendors in one month, before and after their answers. */
	public record Month(YearMonth month, String currency, BigDecimal beforeAnswer, BigDecimal afterAnswer) {

		/** The month's spend before the answers, in its currency. */
		public Money before() {
			return Money.of(this.beforeAnswer, Currency.getInstance(this.currency));
		}

		/** The month's spend still outside after the answers, in its currency. */
		public Money after() {
			return Money.of(this.afterAnswer, Currency.getInstance(this.currency));
		}

	}

	private record Row(String vendorId, YearMonth month, String currency, LocalDate answeredOn, BigDecimal before,
			BigDecimal after) {

	}

	/** One vendor's spend in one currency around its answer. */
	private static final class Totals {

		private final String currency;

		private BigDecimal before = BigDecimal.ZERO;

		private BigDecimal after = BigDecimal.ZERO;

		private YearMonth first;

		private LocalDate answeredOn;

		Totals(String currency) {
			this.currency = currency;
		}

		void add(Row row) {
			this.before = this.before.add(row.before());
			this.after = this.after.add(row.after());
			this.first = (this.first == null || row.month().isBefore(this.first)) ? row.month() : this.first;
			this.answeredOn = row.answeredOn();
		}

		/** Average month before the answer less average month since, never below zero. */
		BigDecimal movedPerMonth(YearMonth now) {
			YearMonth answered = YearMonth.from(this.answeredOn);
			long monthsBefore = Math.max(1, ChronoUnit.MONTHS.between(this.first, answered));
			long monthsAfter = Math.max(1, ChronoUnit.MONTHS.between(answered, now) + 1);
			BigDecimal moved = this.before.divide(BigDecimal.valueOf(monthsBefore), 2, RoundingMode.HALF_UP)
				.subtract(this.after.divide(BigDecimal.valueOf(monthsAfter), 2, RoundingMode.HALF_UP));
			return moved.max(BigDecimal.ZERO);
		}

	}

}
