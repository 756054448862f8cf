package org.shopfront.demand;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.shopfront.people.UnitId;
import org.shopfront.shared.Timestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demands as their viewers may see them: one demand (any other id answers as if it did
 * not exist) and lists, each already limited to what the viewer may see.
 */
@Component
@Transactional(readOnly = true)
class DemandQueries {

	private static final int LIMIT = 200;

	private final JdbcClient jdbc;

	private final Demands demands;

	DemandQueries(JdbcClient jdbc, Demands demands) {
		this.jdbc = jdbc;
		this.demands = demands;
	}

	/** A demand the viewer may see; any other id answers as if it did not exist. */
	Demand visible(DemandViewer viewer, DemandId id) {
		return this.demands.find(id)
			.filter(d -> viewer.seesWithoutTakingPart(d) || this.demands.tookPart(id, viewer.id()))
			.orElseThrow(() -> DemandNotFound.forId(id));
	}

	/**
	 * IT's list: every demand, or those in one status; the business's: their units' and
	 * those they took part in. Newest first.
	 */
	List<DemandSummary> list(DemandViewer viewer, DemandStatus status) {
		StringBuilder sql = new StringBuilder("select * from demand where 1 = 1");
		Map<String, Object> params = new HashMap<>();
		if (!viewer.it()) {
			sql.append(" and (id in (select demand_id from demand_participant where user_id = :me)");
			params.put("me", viewer.id().value());
			if (!viewer.leads().isEmpty()) {
				sql.append(" or unit_id in (:units)");
				params.put("units", viewer.leads().stream().map(UnitId::value).toList());
			}
			sql.append(')');
		}
		if (status != null) {
			sql.append(" and status = :status");
			params.put("status", status.name());
		}
		sql.append(" order by submitted_at desc limit ").append(LIMIT);
		return this.jdbc.sql(sql.toString()).params(params).query((rs, n) -> summary(rs, viewer)).list();
	}

	private static DemandSummary summary(ResultSet rs, DemandViewer viewer) throws SQLException {
		boolean money = viewer.seesMoneyOf(new UnitId(rs.getObject("unit_id", UUID.class)));
		return new DemandSummary(rs.getObject("id", UUID.class), rs.getLong("demand_number"), rs.getString("title"),
				rs.getString("unit_name"), rs.getString("leader_name"), DemandStatus.valueOf(rs.getString("status")),
				Timestamps.read(rs, "submitted_at"), rs.getObject("needed_by", LocalDate.class),
				money ? Demands.value(rs).perYear() : null, rs.getString("it_owner_name"));
	}

}
