package org.shopfront.promises;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.shopfront.catalog.Catalog;
import org.shopfront.catalog.DeliveryQuote;
import org.shopfront.catalog.OfferingId;
import org.shopfront.catalog.OrderableOffering;
import org.shopfront.ordering.OrderId;
import org.shopfront.ordering.OrderRemedies;
import org.shopfront.people.UserId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The retailer call: when a promise is at risk the customer hears it from us first, with
 * an apology, a realistic new date and what else they can do (switch to an option that
 * arrives sooner, wait, or cancel), and answers with one click. Answering closes the
 * at-risk promise for good (renegotiated or broken; it is never rewritten) and, for a
 * switch, places the new order and withdraws the old one in the same transaction.
 */
@Service
public class RetailerCalls {

	private final Promises promises;

	private final Forecasts forecasts;

	private final Catalog catalog;

	private final OrderRemedies remedies;

	private final AnswerLinks links;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RetailerCalls(Promises promises, Forecasts forecasts, Catalog catalog, OrderRemedies remedies, AnswerLinks links,
			ApplicationEventPublisher events, Clock clock) {
		this.promises = promises;
		this.forecasts = forecasts;
		this.catalog = catalog;
		this.remedies = remedies;
		this.links = links;
		this.events = events;
		this.clock = clock;
	}

	/** Another offering of the same need, with its own promised date and prices. */
	public record Alternative(OfferingId offeringId, String title, String providerName, BigDecimal oneOffPrice,
			BigDecimal monthlyPrice, DeliveryQuote quote, String switchLink) {
	}

	/**
	 * What the customer is told and offered. Links are paths (such as {@code /answers/…})
	 * to put after the application's public address.
	 */
	public record Call(PromiseId promiseId, OrderId orderId, UserId customerId, String what, Instant due,
			Instant newDue, String reason, List<Alternative> alternatives, String waitLink, String cancelLink) {
	}

	/** How many days an answer link works, for the mail. */
	public long answerLinksValidDays() {
		return this.links.validDays();
	}

	/** The call for a promise that is at risk now; empty once it has been answered. */
	@Transactional(readOnly = true)
	public Optional<Call> call(PromiseId id) {
		return this.promises.find(id).filter(p -> p.status() == PromiseStatus.AT_RISK).map(this::call);
	}

	private Call call(Promise p) {
		Instant now = this.clock.instant();
		List<Alternative> alternatives = this.catalog.allOrderable()
			.stream()
			.filter(o -> o.needId().equals(p.needId()) && !o.id().equals(p.offeringId()) && o.active() && o.inStock(1))
			.map(o -> alternative(p, o, now))
			.filter(a -> a.quote().due().isBefore(p.newDue()))
			.sorted(Comparator.comparing((Alternative a) -> a.quote().due()))
			.toList();
		return new Call(p.id(), p.orderId(), p.customerId(), p.what(), p.due(), p.newDue(), p.atRiskReason(),
				alternatives, this.links.path(p.id(), Answer.WAIT, null), this.links.path(p.id(), Answer.CANCEL, null));
	}

	private Alternative alternative(Promise p, OrderableOffering o, Instant now) {
		DeliveryQuote quote = this.forecasts.quote(o.id(), o.needId(), o.providerId(), o.deliveryDays(), now);
		return new Alternative(o.id(), o.title(), o.providerName(), o.oneOffPrice(), o.monthlyPrice(), quote,
				this.links.path(p.id(), Answer.SWITCH, o.id()));
	}

	/**
	 * Applies the customer's answer. Returns the order the customer now waits for (the
	 * new one after a switch).
	 */
	@Transactional
	public OrderId answer(PromiseId id, Answer answer, OfferingId alternative) {
		Promise promise = this.promises.find(id)
			.filter(p -> p.status() == PromiseStatus.AT_RISK)
			.orElseThrow(PromiseProblem::alreadyAnswered);
		Instant now = this.clock.instant();
		PromiseStatus outcome = (answer == Answer.WAIT) ? PromiseStatus.RENEGOTIATED : PromiseStatus.BROKEN;
		Promise closed = promise.closed(outcome, now, answer.name());
		if (!this.promises.update(closed)) {
			throw PromiseProblem.alreadyAnswered();
		}
		this.events.publishEvent(PromiseClosed.of(closed));
		return switch (answer) {
			case WAIT -> {
				Promise renewed = promise.renegotiated(now,
						this.forecasts.calendar().hoursBetween(promise.startedAt(), promise.newDue()));
				this.promises.insert(renewed);
				this.events.publishEvent(PromiseMade.of(renewed));
				yield promise.orderId();
			}
			case SWITCH -> this.remedies.switchTo(promise.orderId(), alternative);
			case CANCEL -> {
				this.remedies.withdraw(promise.orderId());
				yield promise.orderId();
			}
		};
	}

	/** The promise's customer, to check who may see its call in the app. */
	@Transactional(readOnly = true)
	Optional<UserId> customerOf(PromiseId id) {
		return this.promises.find(id).map(Promise::customerId);
	}

}
