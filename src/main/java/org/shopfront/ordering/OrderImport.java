package org.shopfront.ordering;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.shopfront.catalog.OrderableOffering;
import org.shopfront.people.Person;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records orders placed before Shopfront, as the previous system knew them, in batches
 * and without events: nothing is ordered, taken or delivered again, and stock stays as it
 * is.
 */
@Service
public class OrderImport {

	/**
	 * An order from before Shopfront: who ordered what, the answers to the offering's
	 * order fields (in their order) and its timeline so far, oldest first, beginning with
	 * {@code PLACED}. Where the order stands follows from the timeline.
	 */
	public record HistoricOrder(Person customer, OrderableOffering offering, int quantity, List<String> answers,
			List<Step> timeline) {

		public HistoricOrder {
			answers = List.copyOf(answers);
			timeline = List.copyOf(timeline);
			if (timeline.isEmpty() || timeline.get(0).kind() != OrderStep.Kind.PLACED) {
				throw new IllegalArgumentException("A historic order's timeline begins with PLACED");
			}
		}

		Instant placedAt() {
			return this.timeline.get(0).at();
		}

	}

	/**
	 * One line of a historic order's timeline; {@code note} (a reason, a progress note)
	 * or null.
	 */
	public record Step(OrderStep.Kind kind, Person actor, String note, Instant at) {
	}

	private final HistoricOrders orders;

	private final PlacingOrder placing;

	OrderImport(HistoricOrders orders, PlacingOrder placing) {
		this.orders = orders;
		this.placing = placing;
	}

	/** Whether no order has been placed or recorded yet. */
	@Transactional(readOnly = true)
	public boolean orderBookIsEmpty() {
		return this.orders.none();
	}

	/**
	 * Whether an order of this size waits for the customer's manager today, for an import
	 * that makes up the timelines it does not have.
	 */
	public boolean needsApproval(OrderableOffering offering, int quantity) {
		return this.placing.needsApproval(offering, quantity);
	}

	/**
	 * Records the orders, numbered in the order they were placed; returns how many
	 * timeline lines they have.
	 */
	@Transactional
	public int recordPast(List<HistoricOrder> orders) {
		List<HistoricOrder> byPlacing = orders.stream().sorted(Comparator.comparing(HistoricOrder::placedAt)).toList();
		return this.orders.insert(byPlacing);
	}

}
