package org.shopfront.shadowit;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.shopfront.imports.ImportRunId;
import org.shopfront.shadowit.matching.Match;
import org.shopfront.shadowit.matching.VendorMatcher;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored card and expense lines with the vendor each was matched to. A batch is one
 * statement whatever its size: its columns go as arrays, unnested into rows, so the
 * database parses, binds and plans it once (decision 0039). A line already stored (the
 * same key) is left as it is, looked up first (one array parameter) so that a file
 * imported again costs no matching and no insert; the second of two equal lines in one
 * batch, and a line another import stores meanwhile, are left to the primary key
 * ({@code on conflict do nothing}, which H2 knows in PostgreSQL mode).
 */
@Repository
class ExpenseLines {

	private static final String INSERT = """
			insert into expense_line (line_key, spent_on, amount, currency, merchant, merchant_key, vendor_id,
			    confidence, employee, cost_centre, business_unit, reference, import_run_id, imported_at)
			select line_key, spent_on, amount, currency, merchant, merchant_key, vendor_id, confidence, employee,
			    cost_centre, business_unit, reference, cast(? as uuid), cast(? as timestamp with time zone)
			from unnest(cast(? as varchar(64) array), cast(? as date array), cast(? as numeric(19, 4) array),
			    cast(? as varchar(3) array), cast(? as varchar(500) array), cast(? as varchar(500) array),
			    cast(? as varchar(100) array), cast(? as double precision array), cast(? as varchar(200) array),
			    cast(? as varchar(200) array), cast(? as varchar(200) array), cast(? as varchar(200) array))
			    as line (line_key, spent_on, amount, currency, merchant, merchant_key, vendor_id, confidence,
			    employee, cost_centre, business_unit, reference)
			on conflict do nothing
			""";

	private static final String STORED = "select line_key from expense_line where line_key = any(?)";

	private final JdbcTemplate statements;

	private final JdbcClient jdbc;

	ExpenseLines(JdbcTemplate statements, JdbcClient jdbc) {
		this.statements = statements;
		this.jdbc = jdbc;
	}

	/**
	 * Stores the lines not stored yet, each matched by the matcher.
	 * @param run the import that read them, or null when no file did
	 * @return how many lines were stored
	 */
	int add(List<ExpenseLine> lines, VendorMatcher matcher, ImportRunId run, Instant now) {
		Set<String> stored = stored(lines);
		List<ExpenseLine> fresh = lines.stream().filter((line) -> !stored.contains(line.key())).toList();
		if (fresh.isEmpty()) {
			return 0;
		}
		Columns columns = new Columns(fresh.size());
		for (ExpenseLine line : fresh) {
			columns.add(line, matcher.match(line.merchant()));
		}
		return this.statements.update((connection) -> {
			PreparedStatement insert = connection.prepareStatement(INSERT);
			insert.setObject(1, (run != null) ? run.value() : null, Types.OTHER);
			insert.setTimestamp(2, Timestamp.from(now));
			columns.bind(insert, 3);
			return insert;
		});
	}

	/**
	 * Which of the lines' keys are stored already, in one query, so that a file imported
	 * again is neither matched nor sent.
	 */
	private Set<String> stored(List<ExpenseLine> lines) {
		Object[] keys = lines.stream().map(ExpenseLine::key).toArray();
		return new HashSet<>(this.statements.query((connection) -> {
			PreparedStatement select = connection.prepareStatement(STORED);
			select.setArray(1, connection.createArrayOf("varchar", keys));
			return select;
		}, (rs, row) -> rs.getString(1)));
	}

	/** Whether no line is stored. */
	boolean none() {
		return this.jdbc.sql("select count(*) from (select 1 from expense_line fetch first 1 rows only) x")
			.query(Long.class)
			.single() == 0;
	}

	/** What a run stored, of the good lines it read. */
	ExpenseRunSummary summary(ImportRunId run, long lines) {
		return this.jdbc.sql("""
				select count(*) as stored, count(vendor_id) as matched from expense_line where import_run_id = :run
				""")
			.param("run", run.value())
			.query((rs, row) -> new ExpenseRunSummary(lines, rs.getLong("stored"), rs.getLong("matched")))
			.single();
	}

	/**
	 * Names the vendor of every stored line of a merchant, after an admin's correction.
	 * @return how many lines changed (lines that named the vendor already do not count)
	 */
	int rematch(String merchantKey, String vendorId) {
		return this.jdbc.sql("""
				update expense_line set vendor_id = :vendor, confidence = 1
				where merchant_key = :merchant and (vendor_id is distinct from :vendor or confidence <> 1)
				""").param("vendor", vendorId).param("merchant", merchantKey).update();
	}

	/** A batch's lines column by column, bound as one array parameter each. */
	private static final class Columns {

		private static final String[] TYPES = { "varchar", "date", "numeric", "varchar", "varchar", "varchar",
				"varchar", "float8", "varchar", "varchar", "varchar", "varchar" };

		private final Object[][] values;

		private int row;

		Columns(int rows) {
			this.values = new Object[TYPES.length][rows];
		}

		void add(ExpenseLine line, Match match) {
			Object[] row = { line.key(), Date.valueOf(line.spentOn()), line.amount().amount(),
					line.amount().currency().getCurrencyCode(), line.merchant(), match.merchant(),
					match.vendorId().orElse(null), match.confidence(), line.employee(), line.costCentre(),
					line.businessUnit(), line.reference() };
			for (int column = 0; column < row.length; column++) {
				this.values[column][this.row] = row[column];
			}
			this.row++;
		}

		void bind(PreparedStatement statement, int firstIndex) throws SQLException {
			Connection connection = statement.getConnection();
			for (int column = 0; column < TYPES.length; column++) {
				statement.setArray(firstIndex + column, connection.createArrayOf(TYPES[column], this.values[column]));
			}
		}

	}

}
