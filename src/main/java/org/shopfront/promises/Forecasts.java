package org.shopfront.promises;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.shopfront.catalog.DeliveryQuote;
import org.shopfront.catalog.DeliveryQuotes;
import org.shopfront.catalog.NeedId;
import org.shopfront.catalog.OfferingId;
import org.shopfront.catalog.ProviderId;
import org.shopfront.catalog.QuoteRequest;
import org.shopfront.ordering.OrderHistory;
import org.shopfront.ordering.OrderId;
import org.shopfront.ordering.PastOrder;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The application's forecaster: learnt from the order history at start-up and again every
 * {@code relearn-every} (so that each node also learns from orders other nodes handled),
 * and told about orders as this node sees them open and close in between. Quotes come
 * from its in-memory per-segment structures, never from a query.
 *
 * <p>
 * Quotes come only from a complete picture: a model is learnt from the whole history
 * aside and replaces the one in use only once it is complete, and until the first one is,
 * the first quote learns it (orders opening and closing before that are left to it, as it
 * reads them from the history). A date therefore never rests on a partly replayed
 * history, which would make it jump as more of the history arrives.
 */
@Component
class Forecasts implements DeliveryQuotes {

	private static final Logger log = LoggerFactory.getLogger(Forecasts.class);

	private final OrderHistory history;

	private final ForecastProperties properties;

	private final BusinessCalendar calendar;

	private final Clock clock;

	/** The last complete model; null until the first is learnt. */
	private final AtomicReference<Model> current = new AtomicReference<>();

	private final Promises promises;

	Forecasts(OrderHistory history, Promises promises, ForecastProperties properties, BusinessCalendar calendar,
			Clock clock) {
		this.history = history;
		this.promises = promises;
		this.properties = properties;
		this.calendar = calendar;
		this.clock = clock;
	}

	/** A forecaster and the approval wait, learnt from the same history. */
	private record Model(Forecaster forecaster, ApprovalWait approvals) {
	}

	/** The chance of keeping a promise below which it is at risk. */
	double riskThreshold() {
		return this.properties.riskThreshold();
	}

	static List<String> segments(OfferingId offering, NeedId need, ProviderId provider) {
		return List.of("offering:" + offering.value(), "need:" + need.value(), "provider:" + provider.value(),
				"everything");
	}

	BusinessCalendar calendar() {
		return this.calendar;
	}

	/** An order of an offering in stock that needs no approval. */
	DeliveryQuote quote(OfferingId offering, NeedId need, ProviderId provider, int configuredDays, Instant at) {
		return quote(QuoteRequest.plain(offering, need, provider, configuredDays, at));
	}

	/**
	 * The delivery quantile of the most specific segment with enough history, plus the
	 * restock time when out of stock, plus the usual approval wait when the order needs
	 * approval and the date does not rest on the offering's own history (which already
	 * holds its approval waits, as lead times run from placing to delivery).
	 */
	@Override
	public DeliveryQuote quote(QuoteRequest request) {
		Model model = complete();
		List<String> segments = segments(request.offering(), request.need(), request.provider());
		double perDay = this.calendar.hoursPerDay();
		Quote quote = model.forecaster()
			.quote(segments, request.at(), this.properties.confidence(), request.configuredDays() * perDay);
		double restock = request.outOfStock() ? request.restockDays() * perDay : 0;
		boolean ownHistory = segments.get(0).equals(quote.segment());
		double approval = (request.needsApproval() && !ownHistory) ? model.approvals().hours() : 0;
		if (restock + approval == 0) {
			return toDeliveryQuote(quote);
		}
		double hours = quote.hours() + restock + approval;
		Instant due = this.calendar.endOfBusinessDay(this.calendar.plusHours(request.at(), hours));
		return new DeliveryQuote(due, hours, quote.confidence(), quote.sampleSize(), quote.segment(), quote.evidence(),
				request.outOfStock() ? request.restockDays() : 0, Math.round(approval / perDay * 10) / 10.0);
	}

	/** The model in use, learnt now if none is complete yet. */
	private Model complete() {
		Model model = this.current.get();
		if (model != null) {
			return model;
		}
		synchronized (this) {
			if (this.current.get() == null) {
				relearn();
			}
			return this.current.get();
		}
	}

	/** The model in use for orders opening and closing; null when none is complete. */
	private Forecaster learning() {
		Model model = this.current.get();
		return (model != null) ? model.forecaster() : null;
	}

	/** A new date for an open order, given the time it has already taken. */
	Quote requote(Promise promise, Instant now) {
		double fallback = Math.max(promise.hours(), this.calendar.hoursBetween(promise.startedAt(), now))
				+ this.calendar.hoursPerDay();
		return complete().forecaster()
			.requote(promise.segments(), promise.startedAt(), now, this.properties.confidence(), fallback);
	}

	double chanceOfKeeping(Promise promise, Instant now) {
		return complete().forecaster()
			.chanceOfKeeping(promise.segments(), promise.startedAt(), promise.due(), now, promise.hours());
	}

	void opened(OrderId order, List<String> segments, Instant at, DeliveryQuote promised) {
		Forecaster forecaster = learning();
		if (forecaster == null) {
			return; // the first model reads it from the history
		}
		try {
			forecaster.opened(order, segments, at);
		}
		catch (IllegalArgumentException alreadyKnown) {
			// Learnt from the history before this node handled the event: nothing to add.
			return;
		}
		if (promised.evidence()) {
			forecaster.promised(order, new Quote(promised.hours(), promised.due(), promised.confidence(),
					promised.sampleSize(), promised.segment(), true, promised.confidence()));
		}
	}

	void finished(OrderId order, Instant at) {
		Forecaster forecaster = learning();
		if (forecaster != null) {
			forecaster.finished(order, at);
		}
	}

	void cancelled(OrderId order, Instant at) {
		Forecaster forecaster = learning();
		if (forecaster != null) {
			forecaster.cancelled(order, at);
		}
	}

	@EventListener(ApplicationReadyEvent.class)
	@Scheduled(initialDelayString = "${shopfront.promises.relearn-every:10m}",
			fixedDelayString = "${shopfront.promises.relearn-every:10m}")
	void relearn() {
		long started = System.nanoTime();
		Instant now = this.clock.instant();
		Forecaster fresh = new Forecaster(this.calendar, this.properties.settings());
		Instant since = now.minus(this.properties.window());
		Map<UUID, Quote> promised = this.promises.firstQuotesSince(since);
		int orders = 0;
		for (HistoryReplay.Step step : HistoryReplay.of(this.history, since, now)) {
			PastOrder o = step.order();
			if (o.closedAt() != null) {
				continue; // never delivered and no longer waited for: it tells nothing
							// about lead times
			}
			if (step.opens()) {
				orders++;
				fresh.opened(o.id(), step.segments(), step.at());
				Quote quote = promised.get(o.id().value());
				if (quote != null) {
					fresh.promised(o.id(), quote);
				}
			}
			else {
				fresh.finished(o.id(), step.at());
			}
		}
		ApprovalWait approvals = approvalsSince(since);
		this.current.set(new Model(fresh, approvals));
		log.info("Learnt delivery forecasts from {} orders and the approval wait from {} approvals in {} ms", orders,
				approvals.approvals(), (System.nanoTime() - started) / 1_000_000);
	}

	private ApprovalWait approvalsSince(Instant since) {
		List<Double> waits = new ArrayList<>();
		this.history.approvedSince(since,
				(placed, approved) -> waits.add(this.calendar.hoursBetween(placed, approved)));
		return ApprovalWait.of(waits.stream().mapToDouble(Double::doubleValue).toArray());
	}

	/** The quote as the catalog knows it; the segment is the forecaster's key. */
	static DeliveryQuote toDeliveryQuote(Quote quote) {
		return new DeliveryQuote(quote.due(), quote.hours(), quote.confidence(), quote.sampleSize(), quote.segment(),
				quote.evidence());
	}

}
