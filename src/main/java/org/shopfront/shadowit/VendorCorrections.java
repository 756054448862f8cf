package org.shopfront.shadowit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.shopfront.shadowit.matching.Correction;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The admins' corrections of the matcher, one per normalised merchant text: the vendor it
 * means, or none ("not software").
 */
@Repository
class VendorCorrections {

	private final JdbcClient jdbc;

	VendorCorrections(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Correction> all() {
		return this.jdbc.sql("select merchant, vendor_id from vendor_correction")
			.query((rs, row) -> new Correction(rs.getString("merchant"),
					Optional.ofNullable(rs.getString("vendor_id"))))
			.list();
	}

	/** Records a correction, replacing an earlier one of the same merchant. */
	void record(String merchantKey, String merchant, String vendorId, String by, Instant at) {
		this.jdbc.sql("delete from vendor_correction where merchant_key = :key").param("key", merchantKey).update();
		this.jdbc.sql("""
				insert into vendor_correction (merchant_key, merchant, vendor_id, corrected_by, corrected_at)
				values (:key, :merchant, :vendor, :by, :at)
				""")
			.param("key", merchantKey)
			.param("merchant", merchant)
			.param("vendor", vendorId)
			.param("by", by)
			.param("at", Timestamp.from(at))
			.update();
	}

}
