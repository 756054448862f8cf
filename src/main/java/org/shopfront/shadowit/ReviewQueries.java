package org.shopfront.shadowit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.shopfront.shadowit.matching.VendorDirectory;
import org.shopfront.shared.Money;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the review page lists: the recurring merchants without a vendor, and the merchants
 * matched with low confidence, each with its spend per currency and a few statement
 * texts. Merchants an admin has corrected are left out of both.
 */
@Component
class ReviewQueries {

	/** A match below this confidence is listed for an admin to confirm. */
	static final double LOW_CONFIDENCE = 0.8;

	/** Statement texts shown per merchant. */
	static final int SAMPLES = 3;

	private final JdbcClient jdbc;

	private final ReviewingVendors reviewing;

	private final VendorMatchers matchers;

	ReviewQueries(JdbcClient jdbc, ReviewingVendors reviewing, VendorMatchers matchers) {
		this.jdbc = jdbc;
		this.reviewing = reviewing;
		this.matchers = matchers;
	}

	List<MerchantToReview> unknown(int limit) {
		List<UnknownMerchant> unknown = this.reviewing.unknownRecurring(limit);
		Details details = details(unknown.stream().map(UnknownMerchant::merchantKey).toList());
		return unknown.stream()
			.map((m) -> new MerchantToReview(m.merchantKey(), m.lines(), m.months(), details.spend(m.merchantKey()),
					details.samples(m.merchantKey()), null, 0))
			.toList();
	}

	List<MerchantToReview> lowConfidence(int limit) {
		record Row(String merchantKey, String vendorId, long lines, long months, double confidence) {
		}
		List<Row> rows = this.jdbc.sql("""
				select e.merchant_key, e.vendor_id, count(*) as lines, min(e.confidence) as confidence,
				       count(distinct extract(year from e.spent_on) * 100 + extract(month from e.spent_on)) as months
				from expense_line e
				where e.vendor_id is not null and e.confidence < :below
				  and not exists (select 1 from vendor_correction c where c.merchant_key = e.merchant_key)
				group by e.merchant_key, e.vendor_id
				order by lines desc, e.merchant_key
				limit :limit
				""")
			.param("below", LOW_CONFIDENCE)
			.param("limit", limit)
			.query((rs, n) -> new Row(rs.getString("merchant_key"), rs.getString("vendor_id"), rs.getLong("lines"),
					rs.getLong("months"), rs.getDouble("confidence")))
			.list();
		Details details = details(rows.stream().map(Row::merchantKey).toList());
		VendorDirectory directory = this.matchers.directory();
		return rows.stream()
			.map((r) -> new MerchantToReview(r.merchantKey(), r.lines(), r.months(), details.spend(r.merchantKey()),
					details.samples(r.merchantKey()), directory.find(r.vendorId()).orElse(null), r.confidence()))
			.filter((m) -> m.suggested() != null)
			.toList();
	}

	private Details details(List<String> keys) {
		Map<String, List<Money>> spend = new HashMap<>();
		Map<String, List<String>> samples = new HashMap<>();
		if (keys.isEmpty()) {
			return new Details(spend, samples);
		}
		this.jdbc.sql("""
				select merchant_key, currency, sum(amount) as spent from expense_line where merchant_key in (:keys)
				group by merchant_key, currency order by merchant_key, currency
				""").param("keys", keys).query((rs) -> {
			spend.computeIfAbsent(rs.getString("merchant_key"), (k) -> new ArrayList<>())
				.add(Money.of(rs.getObject("spent", BigDecimal.class), Currency.getInstance(rs.getString("currency"))));
		});
		this.jdbc.sql("""
				select distinct merchant_key, merchant from expense_line where merchant_key in (:keys)
				order by merchant_key, merchant
				""").param("keys", keys).query((rs) -> {
			List<String> texts = samples.computeIfAbsent(rs.getString("merchant_key"), (k) -> new ArrayList<>());
			if (texts.size() < SAMPLES) {
				texts.add(rs.getString("merchant"));
			}
		});
		return new Details(spend, samples);
	}

	private record Details(Map<String, List<Money>> spendByKey, Map<String, List<String>> samplesByKey) {

		List<Money> spend(String key) {
			return this.spendByKey.getOrDefault(key, List.of());
		}

		List<String> samples(String key) {
			return this.samplesByKey.getOrDefault(key, List.of());
		}

	}

}
