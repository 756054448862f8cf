package org.shopfront.promises;

import java.time.Clock;
import java.time.Instant;
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
 */
@Component
class Forecasts implements DeliveryQuotes {

	private static final Logger log = LoggerFactory.getLogger(Forecasts.class);

	private final OrderHistory history;

	private final ForecastProperties properties;

	private final BusinessCalendar calendar;

	private final Clock clock;

	private final AtomicReference<Forecaster> current;

	private final Promises promises;

	Forecasts(OrderHistory history, Promises promises, ForecastProperties properties, BusinessCalendar calendar,
			Clock clock) {
		this.history = history;
		this.promises = promises;
		this.properties = properties;
		this.calendar = calendar;
		this.clock = clock;
		this.current = new AtomicReference<>(new Forecaster(calendar, properties.settings()));
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

	@Override
	public DeliveryQuote quote(OfferingId offering, NeedId need, ProviderId provider, int configuredDays, Instant at) {
		Quote quote = this.current.get()
			.quote(segments(offering, need, provider), at, this.properties.confidence(),
					configuredDays * this.calendar.hoursPerDay());
		return toDeliveryQuote(quote);
	}

	/** A new date for an open order, given the time it has already taken. */
	Quote requote(Promise promise, Instant now) {
		double fallback = Math.max(promise.hours(), this.calendar.hoursBetween(promise.startedAt(), now))
				+ this.calendar.hoursPerDay();
		return this.current.get()
			.requote(promise.segments(), promise.startedAt(), now, this.properties.confidence(), fallback);
	}

	double chanceOfKeeping(Promise promise, Instant now) {
		return this.current.get()
			.chanceOfKeeping(promise.segments(), promise.startedAt(), promise.due(), now, promise.hours());
	}

	void opened(OrderId order, List<String> segments, Instant at, DeliveryQuote promised) {
		Forecaster forecaster = this.current.get();
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
		this.current.get().finished(order, at);
	}

	void cancelled(OrderId order, Instant at) {
		this.current.get().cancelled(order, at);
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
		this.current.set(fresh);
		log.info("Learnt delivery forecasts from {} orders in {} ms", orders,
				(System.nanoTime() - started) / 1_000_000);
	}

	/** The quote as the catalog knows it; the segment is the forecaster's key. */
	static DeliveryQuote toDeliveryQuote(Quote quote) {
		return new DeliveryQuote(quote.due(), quote.hours(), quote.confidence(), quote.sampleSize(), quote.segment(),
				quote.evidence());
	}

}
