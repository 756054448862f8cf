package org.shopfront.shadowit;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The board's sums, each one grouped query over the lines of the period (read from the
 * indexes by unit and by month), never a query per vendor or line. Amounts stay apart by
 * currency. People paying are counted, never named.
 */
@Repository
class BoardQueries {

	/** Lines of vendors not accepted as sanctioned: the spend outside IT. */
	private static final String OUTSIDE = """
			 and e.vendor_id not in (select a.vendor_id from vendor_action a where a.kind = 'SANCTIONED')
			""";

	private final JdbcClient jdbc;

	BoardQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Spend and lines per vendor and currency. */
	List<VendorSpend> byVendor(BoardScope scope, BoardPeriod period) {
		return query("""
				select e.vendor_id, e.currency, sum(e.amount) as spent, count(*) as lines
				from expense_line e
				where e.vendor_id is not null and e.spent_on >= :start and e.spent_on < :end
				""", scope, period, " group by e.vendor_id, e.currency")
			.query((rs, row) -> new VendorSpend(rs.getString("vendor_id"), rs.getString("currency"),
					rs.getBigDecimal("spent"), rs.getLong("lines")))
			.list();
	}

	/** People paying per vendor, whatever the currency. */
	Map<String, Long> paying(BoardScope scope, BoardPeriod period) {
		Map<String, Long> people = new HashMap<>();
		query("""
				select e.vendor_id, count(distinct e.employee) as paying
				from expense_line e
				where e.vendor_id is not null and e.spent_on >= :start and e.spent_on < :end
				""", scope, period, " group by e.vendor_id")
			.query((rs, row) -> people.put(rs.getString("vendor_id"), rs.getLong("paying")))
			.list();
		return people;
	}

	/** Spend outside IT per business unit and currency. */
	List<GroupSpend> byUnit(BoardScope scope, BoardPeriod period) {
		return query("""
				select coalesce(e.business_unit, '') as unit, e.currency, sum(e.amount) as spent
				from expense_line e
				where e.vendor_id is not null and e.spent_on >= :start and e.spent_on < :end
				""" + OUTSIDE, scope, period, " group by e.business_unit, e.currency order by spent desc").query(
				(rs, row) -> new GroupSpend(rs.getString("unit"), rs.getString("currency"), rs.getBigDecimal("spent")))
			.list();
	}

	/** Spend outside IT per month and currency. */
	List<MonthSpend> byMonth(BoardScope scope, BoardPeriod period) {
		return query("""
				select extract(year from e.spent_on) as y, extract(month from e.spent_on) as m, e.currency,
				       sum(e.amount) as spent
				from expense_line e
				where e.vendor_id is not null and e.spent_on >= :start and e.spent_on < :end
				""" + OUTSIDE, scope, period,
				" group by extract(year from e.spent_on), extract(month from e.spent_on), e.currency")
			.query((rs, row) -> new MonthSpend(YearMonth.of(rs.getInt("y"), rs.getInt("m")), rs.getString("currency"),
					rs.getBigDecimal("spent")))
			.list();
	}

	/**
	 * People signing in per vendor over the period, in the whole company: sign-in logs
	 * name no unit.
	 */
	Map<String, Long> signingIn(BoardPeriod period) {
		Map<String, Long> people = new HashMap<>();
		this.jdbc.sql("""
				select vendor_id, count(distinct person) as people from sign_in_month
				where vendor_id is not null and month_start >= :start and month_start < :end
				group by vendor_id
				""")
			.param("start", period.start())
			.param("end", period.end())
			.query((rs, row) -> people.put(rs.getString("vendor_id"), rs.getLong("people")))
			.list();
		return people;
	}

	/** The business units named on lines of the reader's scope, for the filter. */
	List<String> units(BoardScope scope) {
		if (!scope.everyUnit()) {
			return scope.units();
		}
		return this.jdbc.sql(
				"select distinct business_unit from expense_line where business_unit is not null order by business_unit")
			.query(String.class)
			.list();
	}

	private JdbcClient.StatementSpec query(String select, BoardScope scope, BoardPeriod period, String groupBy) {
		String sql = select + (scope.everyUnit() ? "" : " and e.business_unit in (:units)") + groupBy;
		JdbcClient.StatementSpec spec = this.jdbc.sql(sql).param("start", period.start()).param("end", period.end());
		return scope.everyUnit() ? spec : spec.param("units", scope.units());
	}

	record VendorSpend(String vendorId, String currency, BigDecimal spent, long lines) {

	}

	record GroupSpend(String group, String currency, BigDecimal spent) {

	}

	record MonthSpend(YearMonth month, String currency, BigDecimal spent) {

	}

}
