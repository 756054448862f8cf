package org.shopfront.promises;

import java.time.Clock;
import java.time.Instant;

import org.shopfront.catalog.OfferingId;
import org.shopfront.ordering.OrderId;
import org.shopfront.ordering.OrderLookup;
import org.shopfront.ordering.OrderRemedies;
import org.shopfront.shared.Conflict;
import org.shopfront.shared.InvalidInput;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer's answer to a retailer call. Answering closes the at-risk promise for good
 * (renegotiated or broken; it is never rewritten) and, for a switch, places the new order
 * and withdraws the old one in the same transaction: if the new order cannot be placed,
 * nothing changes.
 */
@Service
class AnsweringCall {

	private final Promises promises;

	private final RetailerCalls calls;

	private final Forecasts forecasts;

	private final OrderRemedies remedies;

	private final OrderLookup orders;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AnsweringCall(Promises promises, RetailerCalls calls, Forecasts forecasts, OrderRemedies remedies,
			OrderLookup orders, ApplicationEventPublisher events, Clock clock) {
		this.promises = promises;
		this.calls = calls;
		this.forecasts = forecasts;
		this.remedies = remedies;
		this.orders = orders;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Applies the customer's answer. Returns the order the customer now waits for (the
	 * new one after a switch). A switch is only to one of the alternatives the call
	 * offers.
	 */
	@Transactional
	public OrderId answer(PromiseId id, Answer answer, OfferingId alternative) {
		Promise promise = this.promises.find(id)
			.filter(p -> p.status() == PromiseStatus.AT_RISK)
			.orElseThrow(PromiseProblem::alreadyAnswered);
		if (answer == Answer.SWITCH && !this.calls.offers(promise, alternative)) {
			throw PromiseProblem.notOffered();
		}
		Instant now = this.clock.instant();
		PromiseStatus outcome = (answer == Answer.WAIT) ? PromiseStatus.RENEGOTIATED : PromiseStatus.BROKEN;
		Promise closed = promise.closed(outcome, now, answer.name());
		if (!this.promises.update(closed)) {
			throw PromiseProblem.alreadyAnswered();
		}
		this.events.publishEvent(PromiseClosed.of(closed, this.orders.units(promise.orderId())));
		return switch (answer) {
			case WAIT -> {
				Promise renewed = promise.renegotiated(now,
						this.forecasts.calendar().hoursBetween(promise.startedAt(), promise.newDue()));
				this.promises.insert(renewed);
				this.events.publishEvent(PromiseMade.of(renewed));
				yield promise.orderId();
			}
			case SWITCH -> switchTo(promise, alternative);
			case CANCEL -> {
				this.remedies.withdraw(promise.orderId());
				yield promise.orderId();
			}
		};
	}

	/**
	 * Places the new order and withdraws the old. When ordering refuses (say the
	 * alternative ran out of stock since the call), the refusal rolls the whole answer
	 * back and is reported as a promise problem naming the reason.
	 */
	private OrderId switchTo(Promise promise, OfferingId alternative) {
		try {
			return this.remedies.switchTo(promise.orderId(), alternative);
		}
		catch (InvalidInput ex) {
			throw PromiseProblem.couldNotSwitch(ex.messageKey(), ex.arguments());
		}
		catch (Conflict ex) {
			throw PromiseProblem.couldNotSwitch(ex.messageKey(), ex.arguments());
		}
	}

}
