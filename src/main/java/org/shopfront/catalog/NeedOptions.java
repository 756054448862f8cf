package org.shopfront.catalog;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each need with its cheapest active offering, in one query. */
@Repository
class NeedOptions {

	private final JdbcClient jdbc;

	NeedOptions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<NeedOption> cheapest() {
		return this.jdbc.sql("""
				select n.id, n.title as need_title, n.category, o.title, p.name, o.one_off_price, o.monthly_price
				from need n
				join offering o on o.need_id = n.id and o.active
				join provider p on p.id = o.provider_id
				where not exists (select 1 from offering c where c.need_id = n.id and c.active
				    and (c.one_off_price + 12 * c.monthly_price < o.one_off_price + 12 * o.monthly_price
				         or (c.one_off_price + 12 * c.monthly_price = o.one_off_price + 12 * o.monthly_price
				             and c.id < o.id)))
				order by n.title
				""")
			.query((rs, row) -> new NeedOption(new NeedId(rs.getObject("id", UUID.class)), rs.getString("need_title"),
					Category.valueOf(rs.getString("category")), rs.getString("title"), rs.getString("name"),
					rs.getBigDecimal("one_off_price"), rs.getBigDecimal("monthly_price")))
			.list();
	}

}
