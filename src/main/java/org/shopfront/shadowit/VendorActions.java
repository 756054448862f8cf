package org.shopfront.shadowit;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import org.shopfront.people.UserId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The actions taken on vendors, appended and never changed. */
@Repository
class VendorActions {

	private final JdbcClient jdbc;

	VendorActions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(VendorAction action) {
		this.jdbc
			.sql("""
					insert into vendor_action (id, vendor_id, kind, business_unit, need_id, taken_by, taken_by_name, taken_at)
					values (:id, :vendor, :kind, :unit, :need, :by, :byName, :at)
					""")
			.param("id", action.id())
			.param("vendor", action.vendorId())
			.param("kind", action.kind().name())
			.param("unit", action.unit())
			.param("need", action.need())
			.param("by", action.by().value())
			.param("byName", action.byName())
			.param("at", Timestamp.from(action.at()))
			.update();
	}

	/** Every action, oldest first: a few per vendor at most. */
	List<VendorAction> all() {
		return this.jdbc.sql("select * from vendor_action order by taken_at, id").query(VendorActions::map).list();
	}

	List<VendorAction> of(String vendorId) {
		return this.jdbc.sql("select * from vendor_action where vendor_id = :vendor order by taken_at, id")
			.param("vendor", vendorId)
			.query(VendorActions::map)
			.list();
	}

	private static VendorAction map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new VendorAction(rs.getObject("id", UUID.class), rs.getString("vendor_id"),
				VendorAction.Kind.valueOf(rs.getString("kind")), rs.getString("business_unit"),
				rs.getObject("need_id", UUID.class), new UserId(rs.getObject("taken_by", UUID.class)),
				rs.getString("taken_by_name"), rs.getTimestamp("taken_at").toInstant());
	}

}
