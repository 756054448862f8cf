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
import org.shopfront.ordering.OrderLookup;
import org.shopfront.people.UserId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The retailer call: when a promise is at risk the customer hears it from us first, with
 * an apology, a realistic new date and what else they can do (switch to an option that
 * arrives sooner, wait, or cancel), and answers with one click ({@link AnsweringCall}).
 */
@Service
public class RetailerCalls {

	private final Promises promises;

	private final Forecasts forecasts;

	private final Catalog catalog;

	private final OrderLookup orders;

	private final AnswerLinks links;

	private final Clock clock;

	RetailerCalls(Promises promises, Forecasts forecasts, Catalog catalog, OrderLookup orders, AnswerLinks links,
			Clock clock) {
		this.promises = promises;
		this.forecasts = forecasts;
		this.catalog = catalog;
		this.orders = orders;
		this.links = links;
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

	/**
	 * Whether the call for the promise offers a switch to {@code alternative}: another
	 * active offering of the same need that arrives before the realistic new date. Stock
	 * is left to placing the new order, which takes it or refuses in one step (an
	 * alternative can run out between the call and the answer).
	 */
	boolean offers(Promise promise, OfferingId alternative) {
		return alternative != null && sooner(promise, this.clock.instant()).stream()
			.anyMatch(option -> option.offering().id().equals(alternative));
	}

	/** The promise's customer, to check who may see its call in the app. */
	@Transactional(readOnly = true)
	Optional<UserId> customerOf(PromiseId id) {
		return this.promises.find(id).map(Promise::customerId);
	}

	private Call call(Promise p) {
		int quantity = this.orders.require(p.orderId()).quantity();
		List<Alternative> alternatives = sooner(p, this.clock.instant()).stream()
			.filter(option -> option.offering().inStock(quantity))
			.map(option -> alternative(p, option))
			.toList();
		return new Call(p.id(), p.orderId(), p.customerId(), p.what(), p.due(), p.newDue(), p.atRiskReason(),
				alternatives, this.links.path(p.id(), Answer.WAIT, null), this.links.path(p.id(), Answer.CANCEL, null));
	}

	/**
	 * The other active offerings of the promise's need that would arrive before its
	 * realistic new date, soonest first, whatever their stock.
	 */
	private List<Option> sooner(Promise p, Instant now) {
		return this.catalog.orderableFor(p.needId())
			.stream()
			.filter(o -> !o.id().equals(p.offeringId()) && o.active())
			.map(o -> new Option(o, this.forecasts.quote(o.id(), o.needId(), o.providerId(), o.deliveryDays(), now)))
			.filter(option -> option.quote().due().isBefore(p.newDue()))
			.sorted(Comparator.comparing((Option option) -> option.quote().due()))
			.toList();
	}

	private Alternative alternative(Promise p, Option option) {
		OrderableOffering o = option.offering();
		return new Alternative(o.id(), o.title(), o.providerName(), o.oneOffPrice(), o.monthlyPrice(), option.quote(),
				this.links.path(p.id(), Answer.SWITCH, o.id()));
	}

	/** An offering with the date it would promise now. */
	private record Option(OrderableOffering offering, DeliveryQuote quote) {
	}

}
