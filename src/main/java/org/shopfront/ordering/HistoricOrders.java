package org.shopfront.ordering;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.shopfront.catalog.OrderableOffering;
import org.shopfront.ordering.OrderImport.HistoricOrder;
import org.shopfront.ordering.OrderImport.Step;
import org.shopfront.people.Person;
import org.shopfront.shared.Timestamps;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Writes historic orders, their details and their timelines in JDBC batches, each order
 * standing where its timeline has got to.
 */
@Repository
class HistoricOrders {

	private static final int BATCH = 500;

	private final JdbcTemplate jdbc;

	HistoricOrders(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	boolean none() {
		Long orders = this.jdbc.queryForObject("select count(*) from purchase_order", Long.class);
		return orders == null || orders == 0;
	}

	/** Inserts the orders in the given order, and returns how many timeline lines. */
	int insert(List<HistoricOrder> orders) {
		List<Row> rows = orders.stream().map((order) -> new Row(UUID.randomUUID(), order, standing(order))).toList();
		this.jdbc.batchUpdate("""
				insert into purchase_order (id, order_number, customer_id, customer_name, manager_id, offering_id,
				    need_id, provider_id, offering_title, provider_name, quantity, one_off_price, monthly_price, status,
				    fulfiller_id, placed_at, delivered_at, closed_at, version)
				values (?, nextval('purchase_order_number'), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
				""", rows, BATCH, (ps, row) -> {
			OrderableOffering offering = row.order().offering();
			Person customer = row.order().customer();
			Standing standing = row.standing();
			set(ps, row.id(), customer.id().value(), customer.displayName(),
					(customer.managerId() != null) ? customer.managerId().value() : null, offering.id().value(),
					offering.needId().value(), offering.providerId().value(), offering.title(), offering.providerName(),
					row.order().quantity(), offering.oneOffPrice(), offering.monthlyPrice(), standing.status().name(),
					(standing.fulfiller() != null) ? standing.fulfiller().id().value() : null,
					Timestamps.param(row.order().placedAt()), Timestamps.param(standing.deliveredAt()),
					Timestamps.param(standing.closedAt()));
		});
		record Answer(UUID order, int seq, String label, String answer) {
		}
		List<Answer> answers = new ArrayList<>();
		record Line(UUID order, Step step) {
		}
		List<Line> lines = new ArrayList<>();
		for (Row row : rows) {
			List<String> labels = row.order().offering().orderFields();
			for (int seq = 0; seq < labels.size(); seq++) {
				String answer = (seq < row.order().answers().size()) ? row.order().answers().get(seq) : "";
				answers.add(new Answer(row.id(), seq, labels.get(seq), answer));
			}
			row.order().timeline().forEach((step) -> lines.add(new Line(row.id(), step)));
		}
		this.jdbc.batchUpdate("insert into order_detail (order_id, seq, label, answer) values (?, ?, ?, ?)", answers,
				BATCH, (ps, a) -> set(ps, a.order(), a.seq(), a.label(), a.answer()));
		this.jdbc.batchUpdate("""
				insert into order_step (id, order_id, kind, actor_id, actor_name, note, happened_at)
				values (?, ?, ?, ?, ?, ?, ?)
				""", lines, BATCH, (ps, line) -> {
			Step step = line.step();
			set(ps, UUID.randomUUID(), line.order(), step.kind().name(), step.actor().id().value(),
					step.actor().displayName(), step.note(), Timestamps.param(step.at()));
		});
		return lines.size();
	}

	/** An order to insert, with its new id and where it stands. */
	private record Row(UUID id, HistoricOrder order, Standing standing) {
	}

	/** Where an order stands after its timeline: status, fulfiller, delivery and end. */
	private record Standing(OrderStatus status, Person fulfiller, Instant deliveredAt, Instant closedAt) {
	}

	private static Standing standing(HistoricOrder order) {
		OrderStatus status = OrderStatus.OPEN;
		Person fulfiller = null;
		Instant deliveredAt = null;
		Instant closedAt = null;
		for (Step step : order.timeline()) {
			switch (step.kind()) {
				case SENT_FOR_APPROVAL -> status = OrderStatus.AWAITING_APPROVAL;
				case APPROVED -> status = OrderStatus.OPEN;
				case TAKEN -> {
					status = OrderStatus.IN_PROGRESS;
					fulfiller = step.actor();
				}
				case DELIVERED -> {
					status = OrderStatus.DELIVERED;
					deliveredAt = step.at();
				}
				case CONFIRMED, REJECTED, CANCELLED -> {
					status = OrderStatus.valueOf(step.kind().name());
					closedAt = step.at();
				}
				case PLACED, NOTE -> {
				}
			}
		}
		return new Standing(status, fulfiller, deliveredAt, closedAt);
	}

	/**
	 * Binds values in order. {@code setObject(i, null)} works on both databases: H2 binds
	 * NULL, the PostgreSQL driver binds an untyped NULL that the column types.
	 */
	private static void set(PreparedStatement ps, Object... values) throws SQLException {
		for (int i = 0; i < values.length; i++) {
			ps.setObject(i + 1, values[i]);
		}
	}

}
