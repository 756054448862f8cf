package org.shopfront.shadowit;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.shopfront.imports.ImportRunId;
import org.shopfront.shadowit.matching.Match;
import org.shopfront.shadowit.matching.VendorMatcher;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored card and expense lines with the vendor each was matched to. A line already
 * stored (the same key) is left as it is, and so is the second of two equal lines in one
 * batch: importing a file again adds nothing.
 */
@Repository
class ExpenseLines {

	private static final String INSERT = """
			insert into expense_line (line_key, spent_on, amount, currency, merchant, merchant_key, vendor_id,
			    confidence, employee, cost_centre, business_unit, reference, import_run_id, imported_at)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			""";

	private final JdbcTemplate batches;

	private final JdbcClient jdbc;

	private final StoredKeys keys;

	ExpenseLines(JdbcTemplate batches, JdbcClient jdbc, StoredKeys keys) {
		this.batches = batches;
		this.jdbc = jdbc;
		this.keys = keys;
	}

	/**
	 * Stores the lines not stored yet, each matched by the matcher.
	 * @param run the import that read them, or null when no file did
	 */
	void add(List<ExpenseLine> lines, VendorMatcher matcher, ImportRunId run, Instant now) {
		List<Object[]> rows = new ArrayList<>(lines.size());
		Timestamp importedAt = Timestamp.from(now);
		Set<String> stored = this.keys.among(StoredKeys.Table.EXPENSE_LINE,
				lines.stream().map(ExpenseLine::key).toList());
		for (ExpenseLine line : lines) {
			if (!stored.add(line.key())) {
				continue;
			}
			Match match = matcher.match(line.merchant());
			rows.add(new Object[] { line.key(), Date.valueOf(line.spentOn()), line.amount().amount(),
					line.amount().currency().getCurrencyCode(), line.merchant(), match.merchant(),
					match.vendorId().orElse(null), match.confidence(), line.employee(), line.costCentre(),
					line.businessUnit(), line.reference(), (run != null) ? run.value() : null, importedAt });
		}
		this.batches.batchUpdate(INSERT, rows);
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

}
