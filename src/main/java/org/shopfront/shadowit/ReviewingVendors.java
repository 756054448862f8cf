package org.shopfront.shadowit;

import java.time.Clock;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admins' review of the matcher: merchants paid in two months or more that no vendor
 * was found for, and corrections (this merchant is that vendor, or is not software) that
 * rename the lines stored so far and hold from the next import on.
 */
@Service
class ReviewingVendors {

	/** The fewest months a merchant is paid in to count as recurring. */
	static final int RECURRING_MONTHS = 2;

	private final JdbcClient jdbc;

	private final VendorCorrections corrections;

	private final ExpenseLines lines;

	private final VendorMatchers matchers;

	private final Clock clock;

	ReviewingVendors(JdbcClient jdbc, VendorCorrections corrections, ExpenseLines lines, VendorMatchers matchers,
			Clock clock) {
		this.jdbc = jdbc;
		this.corrections = corrections;
		this.lines = lines;
		this.matchers = matchers;
		this.clock = clock;
	}

	/** Recurring merchants without a vendor and not yet reviewed, most lines first. */
	List<UnknownMerchant> unknownRecurring(int limit) {
		return this.jdbc.sql("""
				select e.merchant_key, min(e.merchant) as example, count(*) as lines,
				       count(distinct extract(year from e.spent_on) * 100 + extract(month from e.spent_on)) as months
				from expense_line e
				where e.vendor_id is null and e.merchant_key <> ''
				  and not exists (select 1 from vendor_correction c where c.merchant_key = e.merchant_key)
				group by e.merchant_key
				having count(distinct extract(year from e.spent_on) * 100 + extract(month from e.spent_on)) >= :months
				order by lines desc, e.merchant_key
				limit :limit
				""")
			.param("months", RECURRING_MONTHS)
			.param("limit", limit)
			.query((rs, row) -> new UnknownMerchant(rs.getString("merchant_key"), rs.getString("example"),
					rs.getLong("lines"), rs.getLong("months")))
			.list();
	}

	/**
	 * Records that a merchant is a vendor of the directory and names its stored lines so.
	 * @return how many stored lines changed
	 * @throws VendorNotFound if the directory has no such vendor or no line the merchant
	 */
	@Transactional
	int confirm(String merchantKey, String vendorId, String by) {
		this.matchers.directory().find(vendorId).orElseThrow(() -> VendorNotFound.forId(vendorId));
		return correct(merchantKey, vendorId, by);
	}

	/**
	 * Records that a merchant is not software, so that it is never listed again.
	 * @return how many stored lines changed
	 * @throws VendorNotFound if no stored line has the merchant
	 */
	@Transactional
	int notSoftware(String merchantKey, String by) {
		return correct(merchantKey, null, by);
	}

	private int correct(String merchantKey, String vendorId, String by) {
		String example = this.jdbc.sql("select min(merchant) from expense_line where merchant_key = :key")
			.param("key", merchantKey)
			.query(String.class)
			.optional()
			.orElseThrow(() -> VendorNotFound.forMerchant(merchantKey));
		this.corrections.record(merchantKey, example, vendorId, by, this.clock.instant());
		return this.lines.rematch(merchantKey, vendorId);
	}

}
