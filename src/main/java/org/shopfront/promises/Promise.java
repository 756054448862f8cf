package org.shopfront.promises;

import java.time.Instant;
import java.util.List;

import org.shopfront.catalog.DeliveryQuote;
import org.shopfront.catalog.NeedId;
import org.shopfront.catalog.OfferingId;
import org.shopfront.catalog.ProviderId;
import org.shopfront.ordering.OrderId;
import org.shopfront.ordering.OrderPlaced;
import org.shopfront.ordering.PastOrder;
import org.shopfront.people.UserId;

/**
 * Who promised what to whom, by when, at what confidence, on what evidence, and how it
 * turned out. A promise is never rewritten: renegotiating closes it and makes a new one.
 *
 * @param startedAt when the clock started (the order was placed)
 * @param chance the last estimated chance of keeping it
 * @param atRiskAt when it turned at risk (a later delay flag does not move it)
 * @param flaggedBy the fulfiller who last gave its new date and reason, or null when the
 * at-risk watch turned it at risk
 * @param newDue the realistic new date once it is at risk
 * @param replaces the promise this one replaced after renegotiation, or null
 * @param seq 1 for an order's first promise, one more for each renegotiation
 */
record Promise(PromiseId id, OrderId orderId, UserId customerId, OfferingId offeringId, NeedId needId,
		ProviderId providerId, String what, Instant startedAt, Instant madeAt, Instant due, double hours,
		double confidence, int sampleSize, String segment, boolean evidence, PromiseStatus status, Double chance,
		Instant atRiskAt, String atRiskReason, UserId flaggedBy, Instant newDue, Instant closedAt, String outcome,
		PromiseId replaces, int seq, int version) {

	/**
	 * The promise an order gets as it is placed: the date the customer saw when placing
	 * it, quoted in the order's transaction.
	 */
	static Promise madeFor(OrderPlaced placed) {
		DeliveryQuote quote = placed.promise();
		return new Promise(PromiseId.random(), placed.orderId(), placed.order().customerId(), placed.offeringId(),
				placed.needId(), placed.providerId(), placed.order().offeringTitle(), placed.placedAt(),
				placed.placedAt(), quote.due(), quote.hours(), quote.confidence(), quote.sampleSize(), quote.segment(),
				quote.evidence(), PromiseStatus.OPEN, null, null, null, null, null, null, null, null, 1, 0);
	}

	/**
	 * The promise a past order would have got as it was placed, for the backfill of a
	 * history recorded from before Shopfront.
	 */
	static Promise madeFor(PastOrder order, Quote quote) {
		return new Promise(PromiseId.random(), order.id(), order.customerId(), order.offeringId(), order.needId(),
				order.providerId(), order.offeringTitle(), order.placedAt(), order.placedAt(), quote.due(),
				quote.hours(), quote.confidence(), quote.sampleSize(), quote.segment(), quote.evidence(),
				PromiseStatus.OPEN, null, null, null, null, null, null, null, null, 1, 0);
	}

	/**
	 * The segments its order belongs to, most specific first, as the forecaster knows
	 * them.
	 */
	List<String> segments() {
		return Forecasts.segments(this.offeringId, this.needId, this.providerId);
	}

	/**
	 * Turned at risk at {@code at}: by the watch ({@code by} null) or by a fulfiller,
	 * with the reason and the realistic new date.
	 */
	Promise atRisk(Instant at, UserId by, String reason, double chance, Instant newDue) {
		require(PromiseStatus.OPEN);
		return new Promise(this.id, this.orderId, this.customerId, this.offeringId, this.needId, this.providerId,
				this.what, this.startedAt, this.madeAt, this.due, this.hours, this.confidence, this.sampleSize,
				this.segment, this.evidence, PromiseStatus.AT_RISK, chance, at, reason, by, newDue, null, null,
				this.replaces, this.seq, this.version);
	}

	/**
	 * A fulfiller's new date and reason for a promise already at risk: it stays at risk
	 * since the time it first turned, with the new date and reason.
	 */
	Promise reflagged(UserId by, String reason, Instant newDue) {
		require(PromiseStatus.AT_RISK);
		return new Promise(this.id, this.orderId, this.customerId, this.offeringId, this.needId, this.providerId,
				this.what, this.startedAt, this.madeAt, this.due, this.hours, this.confidence, this.sampleSize,
				this.segment, this.evidence, PromiseStatus.AT_RISK, this.chance, this.atRiskAt, reason, by, newDue,
				null, null, this.replaces, this.seq, this.version);
	}

	Promise closed(PromiseStatus outcome, Instant at, String note) {
		if (!this.status.isOpen()) {
			throw new IllegalStateException("Promise " + this.id + " is already " + this.status);
		}
		return new Promise(this.id, this.orderId, this.customerId, this.offeringId, this.needId, this.providerId,
				this.what, this.startedAt, this.madeAt, this.due, this.hours, this.confidence, this.sampleSize,
				this.segment, this.evidence, outcome, this.chance, this.atRiskAt, this.atRiskReason, this.flaggedBy,
				this.newDue, at, note, this.replaces, this.seq, this.version);
	}

	/** Delivered at {@code at}: kept when on or before the due time, broken after. */
	Promise delivered(Instant at) {
		return closed(at.isAfter(this.due) ? PromiseStatus.BROKEN : PromiseStatus.KEPT, at, null);
	}

	/**
	 * The new promise the customer accepted when this one was at risk: the realistic new
	 * date, {@code hours} business hours after the start.
	 */
	Promise renegotiated(Instant at, double hours) {
		require(PromiseStatus.AT_RISK);
		return new Promise(PromiseId.random(), this.orderId, this.customerId, this.offeringId, this.needId,
				this.providerId, this.what, this.startedAt, at, this.newDue, hours, this.confidence, this.sampleSize,
				this.segment, this.evidence, PromiseStatus.OPEN, null, null, null, null, null, null, null, this.id,
				this.seq + 1, 0);
	}

	private void require(PromiseStatus expected) {
		if (this.status != expected) {
			throw new IllegalStateException("Promise " + this.id + " is " + this.status + ", not " + expected);
		}
	}

}
