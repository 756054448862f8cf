package org.shopfront.ordering;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.shopfront.catalog.NeedId;
import org.shopfront.catalog.OfferingId;
import org.shopfront.catalog.OrderableOffering;
import org.shopfront.catalog.ProviderId;
import org.shopfront.people.UserId;

/**
 * An order and the moves it may make. Each move checks where the order stands and returns
 * the order as it is afterwards; the service saves it against the version it was read at.
 */
record Order(OrderId id, long number, UserId customerId, String customerName, UserId managerId, OfferingId offeringId,
		NeedId needId, ProviderId providerId, String offeringTitle, String providerName, int quantity,
		BigDecimal oneOffPrice, BigDecimal monthlyPrice, OrderStatus status, UserId fulfillerId, Instant placedAt,
		Instant deliveredAt, Instant closedAt, List<Detail> details, int version) {

	/** An answer to one of the fields the offering asks for, such as "Who is it for?". */
	record Detail(String label, String answer) {
	}

	Order {
		details = List.copyOf(details);
	}

	static Order place(long number, UserId customer, String customerName, UserId manager, OrderableOffering offering,
			int quantity, List<Detail> details, boolean needsApproval, Instant now) {
		if (quantity < 1) {
			throw new IllegalArgumentException("An order is for at least one item");
		}
		return new Order(OrderId.random(), number, customer, customerName, manager, offering.id(), offering.needId(),
				offering.providerId(), offering.title(), offering.providerName(), quantity, offering.oneOffPrice(),
				offering.monthlyPrice(), needsApproval ? OrderStatus.AWAITING_APPROVAL : OrderStatus.OPEN, null, now,
				null, null, details, 0);
	}

	/**
	 * What the order costs in its first year: the figure the approval threshold applies
	 * to.
	 */
	static BigDecimal firstYearValue(BigDecimal oneOff, BigDecimal monthly, int quantity) {
		return oneOff.add(monthly.multiply(BigDecimal.valueOf(12))).multiply(BigDecimal.valueOf(quantity));
	}

	public BigDecimal firstYearValue() {
		return firstYearValue(this.oneOffPrice, this.monthlyPrice, this.quantity);
	}

	Order approve() {
		require("approve", OrderStatus.AWAITING_APPROVAL);
		return with(OrderStatus.OPEN, this.fulfillerId, this.deliveredAt, this.closedAt);
	}

	Order reject(Instant now) {
		require("reject", OrderStatus.AWAITING_APPROVAL);
		return with(OrderStatus.REJECTED, this.fulfillerId, this.deliveredAt, now);
	}

	Order take(UserId fulfiller) {
		if (this.status == OrderStatus.IN_PROGRESS) {
			throw OrderConflict.alreadyTaken();
		}
		require("take", OrderStatus.OPEN);
		return with(OrderStatus.IN_PROGRESS, fulfiller, this.deliveredAt, this.closedAt);
	}

	void checkCanNote() {
		require("note", OrderStatus.AWAITING_APPROVAL, OrderStatus.OPEN, OrderStatus.IN_PROGRESS);
	}

	Order deliver(Instant now) {
		require("deliver", OrderStatus.IN_PROGRESS);
		return with(OrderStatus.DELIVERED, this.fulfillerId, now, this.closedAt);
	}

	Order confirm(Instant now) {
		require("confirm", OrderStatus.DELIVERED);
		return with(OrderStatus.CONFIRMED, this.fulfillerId, this.deliveredAt, now);
	}

	/**
	 * Withdraws an order the customer no longer wants because its promise broke: unlike a
	 * plain cancellation this is allowed while work is under way.
	 */
	Order withdraw(Instant now) {
		require("withdraw", OrderStatus.AWAITING_APPROVAL, OrderStatus.OPEN, OrderStatus.IN_PROGRESS);
		return with(OrderStatus.CANCELLED, this.fulfillerId, this.deliveredAt, now);
	}

	Order cancel(Instant now) {
		require("cancel", OrderStatus.AWAITING_APPROVAL, OrderStatus.OPEN);
		return with(OrderStatus.CANCELLED, this.fulfillerId, this.deliveredAt, now);
	}

	/** The order as stored after a successful save: the same, one version on. */
	Order saved() {
		return new Order(this.id, this.number, this.customerId, this.customerName, this.managerId, this.offeringId,
				this.needId, this.providerId, this.offeringTitle, this.providerName, this.quantity, this.oneOffPrice,
				this.monthlyPrice, this.status, this.fulfillerId, this.placedAt, this.deliveredAt, this.closedAt,
				this.details, this.version + 1);
	}

	boolean takesStockBack() {
		return this.status == OrderStatus.REJECTED || this.status == OrderStatus.CANCELLED;
	}

	private void require(String action, OrderStatus... allowed) {
		if (!Set.of(allowed).contains(this.status)) {
			throw OrderConflict.illegalTransition(action, this.status);
		}
	}

	private Order with(OrderStatus newStatus, UserId fulfiller, Instant delivered, Instant closed) {
		return new Order(this.id, this.number, this.customerId, this.customerName, this.managerId, this.offeringId,
				this.needId, this.providerId, this.offeringTitle, this.providerName, this.quantity, this.oneOffPrice,
				this.monthlyPrice, newStatus, fulfiller, this.placedAt, delivered, closed, this.details, this.version);
	}

}
