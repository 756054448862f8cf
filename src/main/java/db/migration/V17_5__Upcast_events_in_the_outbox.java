package db.migration;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Rewrites the events a release before decision 0014 left in the outbox into the shapes
 * this release reads. Why: an event waits in {@code event_publication} until its listener
 * completes, across an upgrade too, and read in the new shape an old ordering event has
 * no {@code order}: its listener fails on every retry and the order never gets its
 * promise or mail. What the old event lacks (the order's names and value, approvers',
 * fulfillers' names and units, a closed promise's subjects) is read from the database as
 * it is at this version. An event whose order is gone is left as it is, with a warning.
 */
public class V17_5__Upcast_events_in_the_outbox extends BaseJavaMigration {

	private static final Log log = LogFactory.getLog(V17_5__Upcast_events_in_the_outbox.class);

	private static final String ORDERING = "org.shopfront.ordering.";

	private static final Set<String> ORDER_EVENTS = Set.of("OrderPlaced", "OrderApproved", "OrderRejected",
			"OrderTaken", "OrderDelivered", "DeliveryConfirmed", "OrderCancelled", "OrderProgressNoted");

	private static final String PROMISE_CLOSED = "org.shopfront.promises.PromiseClosed";

	private static final String ORDER = """
			select o.order_number, o.offering_title, o.quantity, o.one_off_price, o.monthly_price, o.customer_id,
			       o.customer_name, o.manager_id, m.display_name as manager_name, o.fulfiller_id,
			       c.unit_id as customer_unit, f.unit_id as fulfiller_unit
			from purchase_order o
			left join app_user m on m.id = o.manager_id
			left join app_user c on c.id = o.customer_id
			left join app_user f on f.id = o.fulfiller_id
			where o.id = ?""";

	private static final String PROMISE = "select what, offering_id, need_id, provider_id from promise where id = ?";

	private static final String NAME = "select display_name from app_user where id = ?";

	private final JsonMapper json = JsonMapper.builder().build();

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		for (Pending event : pending(connection)) {
			ObjectNode old = (ObjectNode) this.json.readTree(event.json());
			if (!inOldShape(event.type(), old)) {
				continue;
			}
			ObjectNode upcast = upcast(connection, event.type(), old);
			if (upcast == null) {
				log.warn("Left event " + event.id() + " (" + event.type() + ") in its old shape: its order "
						+ old.get("orderId").get("value").asString() + " (or its promise) is not in the database");
				continue;
			}
			try (PreparedStatement update = connection
				.prepareStatement("update event_publication set serialized_event = ? where id = ?")) {
				update.setString(1, this.json.writeValueAsString(upcast));
				update.setObject(2, event.id());
				update.executeUpdate();
			}
		}
	}

	private static List<Pending> pending(Connection connection) throws SQLException {
		List<Pending> pending = new ArrayList<>();
		try (PreparedStatement select = connection.prepareStatement(
				"select id, event_type, serialized_event from event_publication where completion_date is null");
				ResultSet rows = select.executeQuery()) {
			while (rows.next()) {
				String type = rows.getString("event_type");
				if (changed(type)) {
					pending
						.add(new Pending(rows.getObject("id", UUID.class), type, rows.getString("serialized_event")));
				}
			}
		}
		return pending;
	}

	private static boolean changed(String type) {
		return PROMISE_CLOSED.equals(type)
				|| (type.startsWith(ORDERING) && ORDER_EVENTS.contains(type.substring(ORDERING.length())));
	}

	private static boolean inOldShape(String type, JsonNode event) {
		return PROMISE_CLOSED.equals(type) ? !event.has("what") : !event.has("order");
	}

	/** The event in its new shape, or null when its order is not in the database. */
	private ObjectNode upcast(Connection connection, String type, ObjectNode event) throws SQLException {
		try (PreparedStatement select = connection.prepareStatement(ORDER)) {
			select.setObject(1, id(event, "orderId"));
			try (ResultSet order = select.executeQuery()) {
				if (!order.next()) {
					return null;
				}
				return PROMISE_CLOSED.equals(type) ? promiseClosed(connection, event, order)
						: orderEvent(connection, type.substring(ORDERING.length()), event, order);
			}
		}
	}

	private ObjectNode orderEvent(Connection connection, String name, ObjectNode event, ResultSet order)
			throws SQLException {
		ObjectNode reference = event.putObject("order");
		reference.set("id", event.remove("orderId"));
		reference.put("number", order.getLong("order_number"));
		reference.put("offeringTitle", order.getString("offering_title"));
		reference.put("quantity", order.getInt("quantity"));
		BigDecimal yearly = order.getBigDecimal("monthly_price").multiply(BigDecimal.valueOf(12));
		reference.put("firstYearValue",
				order.getBigDecimal("one_off_price")
					.add(yearly)
					.multiply(BigDecimal.valueOf(order.getInt("quantity"))));
		reference.set("customerId", event.remove("customerId"));
		reference.put("customerName", order.getString("customer_name"));
		putId(reference, "managerId", order.getObject("manager_id", UUID.class));
		for (String gone : List.of("orderNumber", "offeringTitle", "quantity")) {
			event.remove(gone);
		}
		switch (name) {
			case "OrderPlaced" -> {
				event.put("managerName",
						event.path("awaitingApproval").asBoolean() ? order.getString("manager_name") : null);
				// The promise quoted then had no restock or approval wait in it (decision
				// 0032).
				if (event.get("promise") instanceof ObjectNode promise) {
					if (!promise.has("restockDays")) {
						promise.put("restockDays", 0);
					}
					if (!promise.has("approvalDays")) {
						promise.put("approvalDays", 0.0);
					}
				}
			}
			case "OrderApproved" -> event.put("approverName", name(connection, id(event, "approverId")));
			case "OrderRejected" -> {
				event.put("approverName", name(connection, id(event, "approverId")));
				putUnits(event, order);
			}
			case "OrderTaken", "OrderProgressNoted" ->
				event.put("fulfillerName", name(connection, id(event, "fulfillerId")));
			case "OrderDelivered", "OrderCancelled" -> putUnits(event, order);
			default -> {
			}
		}
		return event;
	}

	private ObjectNode promiseClosed(Connection connection, ObjectNode event, ResultSet order) throws SQLException {
		try (PreparedStatement select = connection.prepareStatement(PROMISE)) {
			select.setObject(1, id(event, "promiseId"));
			try (ResultSet promise = select.executeQuery()) {
				if (!promise.next()) {
					return null;
				}
				event.put("what", promise.getString("what"));
				for (String subject : List.of("offering", "need", "provider")) {
					putId(event, subject + "Id", promise.getObject(subject + "_id", UUID.class));
				}
			}
		}
		putId(event, "customerUnit", order.getObject("customer_unit", UUID.class));
		putId(event, "fulfillerUnit", order.getObject("fulfiller_unit", UUID.class));
		return event;
	}

	private static void putUnits(ObjectNode event, ResultSet order) throws SQLException {
		ObjectNode units = event.putObject("units");
		putId(units, "customer", order.getObject("customer_unit", UUID.class));
		putId(units, "fulfiller", order.getObject("fulfiller_unit", UUID.class));
	}

	private static String name(Connection connection, UUID person) throws SQLException {
		if (person == null) {
			return null;
		}
		try (PreparedStatement select = connection.prepareStatement(NAME)) {
			select.setObject(1, person);
			try (ResultSet user = select.executeQuery()) {
				return user.next() ? user.getString("display_name") : null;
			}
		}
	}

	/** A typed id as the events' JSON writes it: {@code {"value": "…"}}, or null. */
	private static void putId(ObjectNode node, String field, UUID id) {
		if (id == null) {
			node.putNull(field);
		}
		else {
			node.putObject(field).put("value", id.toString());
		}
	}

	private static UUID id(JsonNode event, String field) {
		JsonNode value = event.path(field).path("value");
		return value.isString() ? UUID.fromString(value.asString()) : null;
	}

	private record Pending(UUID id, String type, String json) {
	}

}
