package org.shopfront.promises;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.shopfront.catalog.Catalog;
import org.shopfront.catalog.OfferingId;
import org.shopfront.catalog.OrderableOffering;
import org.shopfront.ordering.OrderHistory;
import org.shopfront.ordering.OrderId;
import org.shopfront.ordering.PastOrder;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives orders recorded from before Shopfront (ordering's {@code OrderImport}) the
 * promises it would have made them, so that the track record starts with their history:
 * replays the orders in time order through a fresh forecaster, quoting each at its
 * placing from the history known then, and closes each promise as its order was delivered
 * or withdrawn; then the at-risk watch looks at the open ones at once. Only into a
 * database without promises, and without events (the scoreboard's own backfill counts
 * them).
 */
@Service
public class PromiseBackfill {

	private static final Logger log = LoggerFactory.getLogger(PromiseBackfill.class);

	/** How often the replayed watch looks at the open promises. */
	private static final Duration WATCH_EVERY = Duration.ofHours(2);

	private final JdbcClient jdbc;

	private final OrderHistory history;

	private final Catalog catalog;

	private final Promises promises;

	private final ForecastProperties properties;

	private final BusinessCalendar calendar;

	private final AtRiskWatch watch;

	private final Clock clock;

	PromiseBackfill(JdbcClient jdbc, OrderHistory history, Catalog catalog, Promises promises,
			ForecastProperties properties, BusinessCalendar calendar, AtRiskWatch watch, Clock clock) {
		this.jdbc = jdbc;
		this.history = history;
		this.catalog = catalog;
		this.promises = promises;
		this.properties = properties;
		this.watch = watch;
		this.clock = clock;
		this.calendar = calendar;
	}

	/** Whether no promise has been made yet. */
	@Transactional(readOnly = true)
	public boolean needed() {
		return this.jdbc.sql("select count(*) from promise").query(Long.class).single() == 0;
	}

	/** Makes and closes the promises of every past order, and returns how many. */
	@Transactional
	public int promisePastOrders() {
		if (!needed()) {
			return 0;
		}
		long started = System.nanoTime();
		Instant now = this.clock.instant();
		BusinessCalendar calendar = this.calendar;
		Forecaster forecaster = new Forecaster(calendar, this.properties.settings());
		Map<OfferingId, Integer> configuredDays = new HashMap<>();
		for (OrderableOffering o : this.catalog.allOrderable()) {
			configuredDays.put(o.id(), o.deliveryDays());
		}
		Map<OrderId, Promise> made = new HashMap<>();
		Map<OrderId, Double> fallbacks = new HashMap<>();
		Instant tick = null;
		for (HistoryReplay.Step step : HistoryReplay.of(this.history, Instant.EPOCH, now)) {
			PastOrder o = step.order();
			tick = (tick == null) ? step.at().plus(WATCH_EVERY) : tick;
			for (; !tick.isAfter(step.at()); tick = tick.plus(WATCH_EVERY)) {
				watch(forecaster, made, fallbacks, tick);
			}
			if (step.opens()) {
				double fallback = configuredDays.getOrDefault(o.offeringId(), 5) * calendar.hoursPerDay();
				Quote quote = forecaster.quote(step.segments(), o.placedAt(), this.properties.confidence(), fallback);
				made.put(o.id(), Promise.madeFor(o, quote));
				if (o.closedAt() == null) {
					forecaster.opened(o.id(), step.segments(), o.placedAt());
					forecaster.promised(o.id(), quote);
				}
				if (o.deliveredAt() != null || o.closedAt() != null) {
					fallbacks.put(o.id(), fallback);
				}
			}
			else if (o.deliveredAt() != null) {
				fallbacks.remove(o.id());
				forecaster.finished(o.id(), step.at());
				made.computeIfPresent(o.id(), (id, p) -> p.delivered(step.at()));
			}
			else {
				fallbacks.remove(o.id());
				made.computeIfPresent(o.id(), (id, p) -> p.closed(PromiseStatus.CANCELLED, step.at(), null));
			}
		}
		for (Promise promise : made.values()) {
			this.promises.insert(promise);
			if (promise.status() != PromiseStatus.OPEN) {
				this.promises.update(promise);
			}
		}
		int atRisk = this.watch.watch();
		log.info("Promise backfill: {} promises for past orders in {} ms, {} of the open ones at risk now", made.size(),
				(System.nanoTime() - started) / 1_000_000, atRisk);
		return made.size();
	}

	/**
	 * The at-risk watch as it would have run over the history: a promise of an order that
	 * has closed since turns at risk when its chance of being kept falls below the
	 * threshold, with the realistic date the watch would have given. (Orders still open
	 * are left to the real watch, which calls their customers.)
	 */
	private void watch(Forecaster forecaster, Map<OrderId, Promise> made, Map<OrderId, Double> fallbacks, Instant now) {
		for (Map.Entry<OrderId, Double> open : fallbacks.entrySet()) {
			Promise p = made.get(open.getKey());
			if (p == null || p.status() != PromiseStatus.OPEN) {
				continue;
			}
			double chance = forecaster.chanceOfKeeping(p.segments(), p.startedAt(), p.due(), now, p.hours());
			if (chance >= this.properties.riskThreshold()) {
				continue;
			}
			Instant newDue = forecaster
				.requote(p.segments(), p.startedAt(), now, this.properties.confidence(), open.getValue())
				.due();
			if (!newDue.isAfter(p.due())) {
				newDue = this.calendar.endOfBusinessDay(p.due().plusSeconds(1));
			}
			made.put(p.orderId(), p.atRisk(now, null, null, chance, newDue));
		}
	}

}
