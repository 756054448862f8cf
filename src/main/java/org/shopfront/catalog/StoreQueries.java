package org.shopfront.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side of the store: aisles, search results and a need's side-by-side options,
 * each answered by one or two queries rather than by loading aggregates.
 */
@Component
@Transactional(readOnly = true)
class StoreQueries {

	private static final int MAX_TERMS = 8;

	private final JdbcClient jdbc;

	StoreQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A need as a card in the store: what it is and the range of its options (the fastest
	 * date comes from {@link FastestDates}, quoted as the comparison quotes it).
	 */
	record NeedCard(NeedId id, String title, Category category, String description, int options, BigDecimal fromPrice,
			boolean externalRecommended) {
	}

	/** One option in a need's comparison table. */
	record Option(Offering offering, Provider provider) {

		/** The column's heading in the comparison. */
		public String title() {
			return this.offering.title();
		}

		public boolean recommended() {
			return this.offering.recommended();
		}

	}

	/** A need with all its options, ready to compare. */
	record NeedPage(Need need, List<Option> options) {

	}

	Map<Category, Long> categoryCounts() {
		Map<Category, Long> counts = new EnumMap<>(Category.class);
		Arrays.stream(Category.values()).forEach(c -> counts.put(c, 0L));
		this.jdbc.sql("select category, count(*) from need group by category")
			.query((rs, n) -> Map.entry(Category.valueOf(rs.getString(1)), rs.getLong(2)))
			.list()
			.forEach(e -> counts.put(e.getKey(), e.getValue()));
		return counts;
	}

	/**
	 * Needs in an aisle and/or matching every word of a query in their own text or in
	 * that of their offerings and providers; title matches first.
	 */
	List<NeedCard> search(Category category, String query) {
		StringBuilder sql = new StringBuilder("""
				select n.id, n.title, n.category, n.description,
				       count(o.id) as options,
				       min(o.one_off_price + 12 * o.monthly_price) as from_price,
				       max(case when o.recommended and p.kind = 'EXTERNAL' then 1 else 0 end) as ext_rec
				from need n
				left join offering o on o.need_id = n.id and o.active
				left join provider p on p.id = o.provider_id
				where 1 = 1
				""");
		List<String> terms = terms(query);
		Map<String, Object> params = new java.util.HashMap<>();
		if (category != null) {
			sql.append(" and n.category = :category");
			params.put("category", category.name());
		}
		for (int i = 0; i < terms.size(); i++) {
			sql.append(" and n.search_text like :t").append(i);
			params.put("t" + i, "%" + terms.get(i) + "%");
		}
		sql.append(" group by n.id, n.title, n.category, n.description");
		if (!terms.isEmpty()) {
			sql.append(" order by case when lower(n.title) like :t0 then 0 else 1 end, n.title");
		}
		else {
			sql.append(" order by n.category, n.title");
		}
		return this.jdbc.sql(sql.toString())
			.params(params)
			.query((rs, n) -> new NeedCard(new NeedId(rs.getObject("id", UUID.class)), rs.getString("title"),
					Category.valueOf(rs.getString("category")), rs.getString("description"), rs.getInt("options"),
					rs.getBigDecimal("from_price"), rs.getInt("ext_rec") == 1))
			.list();
	}

	/** Every offering on sale, for the cards' fastest dates. */
	List<Offering> activeOfferings() {
		return this.jdbc.sql("select * from offering where active").query(Offerings::map).list();
	}

	NeedPage need(NeedId id) {
		Need need = this.jdbc.sql("select * from need where id = :id")
			.param("id", id.value())
			.query(Needs::map)
			.optional()
			.orElseThrow(() -> OfferingNotFound.forNeed(id));
		List<Option> options = new ArrayList<>();
		this.jdbc.sql("""
				select o.*, p.id as p_id, p.name as p_name, p.kind as p_kind, p.profile as p_profile,
				       p.website as p_website, p.version as p_version
				from offering o join provider p on p.id = o.provider_id
				where o.need_id = :id and o.active
				order by o.recommended desc, (o.one_off_price + 12 * o.monthly_price), o.title
				""").param("id", id.value()).query((rs, n) -> {
			Provider provider = new Provider(new ProviderId(rs.getObject("p_id", UUID.class)), rs.getString("p_name"),
					ProviderKind.valueOf(rs.getString("p_kind")), rs.getString("p_profile"), rs.getString("p_website"),
					rs.getInt("p_version"));
			return new Option(Offerings.map(rs, n), provider);
		}).list().forEach(options::add);
		return new NeedPage(need, options);
	}

	static List<String> terms(String query) {
		if (query == null || query.isBlank()) {
			return List.of();
		}
		return Arrays.stream(query.toLowerCase().split("[^\\p{L}\\p{N}]+"))
			.filter(t -> t.length() > 1)
			.map(t -> t.replace("%", "").replace("_", ""))
			.distinct()
			.limit(MAX_TERMS)
			.toList();
	}

}
