package org.shopfront.shadowit;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.shopfront.imports.ImportRunId;
import org.shopfront.shadowit.matching.VendorMatcher;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who used which application in which month, from sign-in logs, and how many people that
 * makes per application and month.
 */
@Repository
class SignInMonths {

	private static final String INSERT = """
			insert into sign_in_month (usage_key, month_start, application, person, vendor_id, import_run_id, imported_at)
			values (?, ?, ?, ?, ?, ?, ?)
			""";

	private final JdbcTemplate batches;

	private final JdbcClient jdbc;

	private final StoredKeys keys;

	SignInMonths(JdbcTemplate batches, JdbcClient jdbc, StoredKeys keys) {
		this.batches = batches;
		this.jdbc = jdbc;
		this.keys = keys;
	}

	/** Stores the uses not stored yet, the application matched by the matcher. */
	void add(List<SignIn> signIns, VendorMatcher matcher, ImportRunId run, Instant now) {
		List<SignIn> counted = signIns.stream().filter(SignIn::counted).toList();
		Set<String> stored = this.keys.among(StoredKeys.Table.SIGN_IN_MONTH,
				counted.stream().map(SignIn::key).toList());
		List<Object[]> rows = new ArrayList<>(counted.size());
		Timestamp importedAt = Timestamp.from(now);
		for (SignIn signIn : counted) {
			if (stored.add(signIn.key())) {
				rows.add(new Object[] { signIn.key(), Date.valueOf(signIn.month()), signIn.application(),
						signIn.person(), matcher.match(signIn.application()).vendorId().orElse(null),
						(run != null) ? run.value() : null, importedAt });
			}
		}
		this.batches.batchUpdate(INSERT, rows);
	}

	/**
	 * The number of people per application and month, months and applications in order.
	 */
	List<ApplicationMonth> peoplePerMonth() {
		return this.jdbc.sql("""
				select month_start, application, min(vendor_id) as vendor_id, count(*) as people
				from sign_in_month group by month_start, application order by month_start, application
				""")
			.query((rs, row) -> new ApplicationMonth(rs.getObject("month_start", LocalDate.class),
					rs.getString("application"), rs.getString("vendor_id"), rs.getLong("people")))
			.list();
	}

	/**
	 * How many people signed in to an application in a month.
	 *
	 * @param vendorId the vendor the application's name was matched to, or {@code null}
	 */
	record ApplicationMonth(LocalDate month, String application, String vendorId, long people) {

	}

}
