package org.shopfront.initiatives;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.shopfront.people.Directory;
import org.shopfront.people.Unit;
import org.shopfront.people.UnitId;
import org.shopfront.shared.Money;
import org.shopfront.shared.Timestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists the initiatives a reader may see, newest first, with where each promise stands:
 * all of them for IT staff and business leaders, else those of the reader's unit and
 * those they sponsor or own.
 */
@Service
@Transactional(readOnly = true)
class InitiativeQueries {

	static final int PAGE_SIZE = 50;

	private static final String LATEST = """
			(select p.status from initiative_promise p where p.initiative_id = i.id and p.measure = '%s'
			 order by p.seq desc fetch first 1 rows only) as %s_status""";

	private final JdbcClient jdbc;

	private final Directory directory;

	InitiativeQueries(JdbcClient jdbc, Directory directory) {
		this.jdbc = jdbc;
		this.directory = directory;
	}

	/**
	 * A page of the initiatives the reader may see.
	 * @param status only those standing so, or null for all
	 * @param atRisk only those with a promise at risk now
	 */
	List<InitiativeSummary> page(Reader reader, InitiativeStatus status, boolean atRisk, int page) {
		StringBuilder sql = new StringBuilder("select i.*, ").append(LATEST.formatted("BUDGET", "budget"))
			.append(", ")
			.append(LATEST.formatted("DATE", "date"))
			.append(", ")
			.append(LATEST.formatted("VALUE", "value"))
			.append(", (select p.amount from initiative_promise p where p.initiative_id = i.id and p.measure = 'BUDGET'")
			.append(" order by p.seq desc fetch first 1 rows only) as budget_now")
			.append(", (select p.due_on from initiative_promise p where p.initiative_id = i.id and p.measure = 'DATE'")
			.append(" order by p.seq desc fetch first 1 rows only) as due_now")
			.append(" from initiative i where 1 = 1");
		Map<String, Object> params = new HashMap<>();
		if (!reader.itStaff() && !reader.leader()) {
			sql.append(" and (i.unit_id = :unit or i.sponsor_id = :me or i.it_owner_id = :me)");
			params.put("unit", (reader.unit() != null) ? reader.unit().value() : new UUID(0, 0));
			params.put("me", reader.id().value());
		}
		if (status != null) {
			sql.append(" and i.status = :status");
			params.put("status", status.name());
		}
		if (atRisk) {
			sql.append(" and exists (select 1 from initiative_promise r where r.initiative_id = i.id")
				.append(" and r.status = 'AT_RISK')");
		}
		sql.append(" order by i.started_at desc, i.id offset ")
			.append(Math.max(0, page) * PAGE_SIZE)
			.append(" rows fetch next ")
			.append(PAGE_SIZE + 1)
			.append(" rows only");
		Map<UUID, String> units = unitNames();
		return this.jdbc.sql(sql.toString()).params(params).query((rs, n) -> summary(rs, reader, units)).list();
	}

	private InitiativeSummary summary(ResultSet rs, Reader reader, Map<UUID, String> units) throws SQLException {
		UUID unit = rs.getObject("unit_id", UUID.class);
		boolean money = reader.seesMoneyOf(new UnitId(unit))
				|| reader.id().value().equals(rs.getObject("sponsor_id", UUID.class))
				|| reader.id().value().equals(rs.getObject("it_owner_id", UUID.class));
		Currency currency = Currency.getInstance(rs.getString("currency"));
		BigDecimal budget = rs.getBigDecimal("budget_now");
		return new InitiativeSummary(rs.getObject("id", UUID.class), rs.getString("title"), units.get(unit),
				InitiativeStatus.valueOf(rs.getString("status")), status(rs, "budget_status"),
				status(rs, "date_status"), status(rs, "value_status"), Timestamps.read(rs, "started_at"),
				rs.getObject("due_now", LocalDate.class), (money && budget != null) ? Money.of(budget, currency) : null,
				money ? Money.of(rs.getBigDecimal("spent"), currency) : null);
	}

	private static InitiativePromiseStatus status(ResultSet rs, String column) throws SQLException {
		String status = rs.getString(column);
		return (status != null) ? InitiativePromiseStatus.valueOf(status) : null;
	}

	Map<UUID, String> unitNames() {
		Map<UUID, String> names = new HashMap<>();
		for (Unit unit : this.directory.units()) {
			names.put(unit.id().value(), unit.name());
		}
		return names;
	}

}
