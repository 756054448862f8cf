package org.shopfront.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Repository;

/** Stores offerings and their stock. */
@Repository
class Offerings {

	private static final String ORDERABLE = """
			select o.*, n.title as need_title, p.name as provider_name
			from offering o join need n on n.id = o.need_id join provider p on p.id = o.provider_id
			""";

	private final JdbcClient jdbc;

	Offerings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Offering> find(OfferingId id) {
		return this.jdbc.sql("select * from offering where id = :id")
			.param("id", id.value())
			.query(Offerings::map)
			.optional();
	}

	List<Offering> ofNeed(NeedId id) {
		return this.jdbc.sql("select * from offering where need_id = :id order by recommended desc, title")
			.param("id", id.value())
			.query(Offerings::map)
			.list();
	}

	long count() {
		return this.jdbc.sql("select count(*) from offering").query(Long.class).single();
	}

	Optional<OrderableOffering> findOrderable(OfferingId id) {
		return this.jdbc.sql(ORDERABLE + " where o.id = :id")
			.param("id", id.value())
			.query(Offerings::mapOrderable)
			.optional();
	}

	List<OrderableOffering> allOrderable() {
		return this.jdbc.sql(ORDERABLE + " order by o.title").query(Offerings::mapOrderable).list();
	}

	List<OrderableOffering> orderableFor(NeedId need) {
		return this.jdbc.sql(ORDERABLE + " where o.need_id = :need order by o.title")
			.param("need", need.value())
			.query(Offerings::mapOrderable)
			.list();
	}

	/**
	 * Takes stock in one conditional statement. It bumps the version too, so a service
	 * owner's form loaded before the order cannot save an outdated stock figure over it.
	 */
	boolean decrementStock(OfferingId id, int quantity) {
		return this.jdbc
			.sql("update offering set stock = stock - :q, version = version + 1 where id = :id and stock >= :q")
			.param("q", quantity)
			.param("id", id.value())
			.update() == 1;
	}

	void incrementStock(OfferingId id, int quantity) {
		this.jdbc.sql("update offering set stock = coalesce(stock, 0) + :q, version = version + 1 where id = :id")
			.param("q", quantity)
			.param("id", id.value())
			.update();
	}

	void insert(Offering o) {
		bind(this.jdbc
			.sql("""
					insert into offering (id, need_id, provider_id, title, summary, one_off_price, monthly_price,
					    delivery_days, physical, stock, restock_days, support_hours, pros, cons, recommended, recommendation_reason,
					    order_fields, active, version)
					values (:id, :needId, :providerId, :title, :summary, :oneOff, :monthly, :deliveryDays, :physical,
					    :stock, :restockDays, :supportHours, :pros, :cons, :recommended, :reason, :orderFields, :active, 0)
					"""),
				o)
			.update();
	}

	boolean update(Offering o) {
		return bind(
				this.jdbc
					.sql("""
							update offering set need_id = :needId, provider_id = :providerId, title = :title, summary = :summary,
							    one_off_price = :oneOff, monthly_price = :monthly, delivery_days = :deliveryDays,
							    physical = :physical, stock = :stock, restock_days = :restockDays, support_hours = :supportHours, pros = :pros, cons = :cons,
							    recommended = :recommended, recommendation_reason = :reason, order_fields = :orderFields,
							    active = :active, version = version + 1
							where id = :id and version = :version
							"""),
				o)
			.param("version", o.version())
			.update() == 1;
	}

	/** Only one offering of a need carries IT's recommendation. */
	void clearOtherRecommendations(NeedId need, OfferingId keep) {
		this.jdbc.sql(
				"update offering set recommended = false, version = version + 1 where need_id = :need and id <> :keep and recommended")
			.param("need", need.value())
			.param("keep", keep.value())
			.update();
	}

	private static StatementSpec bind(StatementSpec spec, Offering o) {
		return spec.param("id", o.id().value())
			.param("needId", o.needId().value())
			.param("providerId", o.providerId().value())
			.param("title", o.title())
			.param("summary", o.summary())
			.param("oneOff", o.oneOffPrice())
			.param("monthly", o.monthlyPrice())
			.param("deliveryDays", o.deliveryDays())
			.param("physical", o.physical())
			.param("stock", o.physical() ? o.stock() : null)
			.param("restockDays", o.physical() ? o.restockDays() : null)
			.param("supportHours", o.supportHours())
			.param("pros", o.pros())
			.param("cons", o.cons())
			.param("recommended", o.recommended())
			.param("reason", o.recommendationReason())
			.param("orderFields", o.orderFields())
			.param("active", o.active());
	}

	static Offering map(ResultSet rs, int row) throws SQLException {
		return new Offering(new OfferingId(rs.getObject("id", UUID.class)),
				new NeedId(rs.getObject("need_id", UUID.class)),
				new ProviderId(rs.getObject("provider_id", UUID.class)), rs.getString("title"), rs.getString("summary"),
				rs.getBigDecimal("one_off_price"), rs.getBigDecimal("monthly_price"), rs.getInt("delivery_days"),
				rs.getBoolean("physical"), (Integer) rs.getObject("stock", Integer.class),
				rs.getObject("restock_days", Integer.class), rs.getString("support_hours"), rs.getString("pros"),
				rs.getString("cons"), rs.getBoolean("recommended"), rs.getString("recommendation_reason"),
				rs.getString("order_fields"), rs.getBoolean("active"), rs.getInt("version"));
	}

	private static OrderableOffering mapOrderable(ResultSet rs, int row) throws SQLException {
		Offering o = map(rs, row);
		return new OrderableOffering(o.id(), o.needId(), o.providerId(), o.title(), rs.getString("need_title"),
				rs.getString("provider_name"), o.oneOffPrice(), o.monthlyPrice(), o.deliveryDays(), o.physical(),
				o.stock(), o.restockDays(), o.orderFieldList(), o.active());
	}

}
