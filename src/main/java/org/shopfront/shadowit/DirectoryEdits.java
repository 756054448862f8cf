package org.shopfront.shadowit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.shopfront.shadowit.matching.Category;
import org.shopfront.shadowit.matching.Vendor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The IT admins' edits of the vendor directory, each a vendor whole as they want it: it
 * replaces the shipped vendor of its id, or adds one.
 */
@Repository
class DirectoryEdits {

	private final JdbcClient jdbc;

	DirectoryEdits(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every edited vendor, by id. */
	List<Vendor> all() {
		return this.jdbc.sql("select vendor_id, name, category, domain, aliases from vendor_edit order by vendor_id")
			.query((rs, row) -> new Vendor(rs.getString("vendor_id"), rs.getString("name"),
					Category.ofSlug(rs.getString("category")).orElseThrow(), rs.getString("domain"),
					aliases(rs.getString("aliases"))))
			.list();
	}

	/** Records a vendor as edited, replacing an earlier edit of it. */
	void save(Vendor vendor, String by, Instant at) {
		this.jdbc.sql("delete from vendor_edit where vendor_id = :id").param("id", vendor.id()).update();
		this.jdbc.sql("""
				insert into vendor_edit (vendor_id, name, category, domain, aliases, edited_by, edited_at)
				values (:id, :name, :category, :domain, :aliases, :by, :at)
				""")
			.param("id", vendor.id())
			.param("name", vendor.name())
			.param("category", vendor.category().slug())
			.param("domain", vendor.domain())
			.param("aliases", String.join("|", vendor.aliases()))
			.param("by", by)
			.param("at", Timestamp.from(at))
			.update();
	}

	private static List<String> aliases(String text) {
		return Arrays.stream(text.split("\\|")).map(String::strip).filter((a) -> !a.isEmpty()).toList();
	}

}
