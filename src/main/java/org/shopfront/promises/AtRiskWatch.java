package org.shopfront.promises;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.shopfront.ordering.OrderId;
import org.shopfront.people.UserId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Watches open promises. Every {@code watch-every} it re-estimates each one from the
 * conditional distribution (given the time the order has already taken, how likely is it
 * to arrive by the due time?) and turns it at risk below
 * {@code shopfront.promises.forecast.risk-threshold}; a fulfiller can also flag a delay
 * with a reason and a new date. Turning a promise at risk is a conditional update, so
 * with several nodes exactly one of them calls the customer.
 */
@Service
class AtRiskWatch {

	private final Promises promises;

	private final Forecasts forecasts;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final PromisesProperties properties;

	private final Clock clock;

	AtRiskWatch(Promises promises, Forecasts forecasts, ApplicationEventPublisher events,
			PlatformTransactionManager transactions, PromisesProperties properties, Clock clock) {
		this.promises = promises;
		this.forecasts = forecasts;
		this.events = events;
		this.transactions = new TransactionTemplate(transactions);
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Re-estimates every promise on track, earliest due first, in batches of
	 * {@code watch-batch}: each batch is read and updated in a transaction of its own, so
	 * memory and transactions stay small however many orders are open. Returns how many
	 * turned at risk.
	 */
	@Scheduled(initialDelayString = "${shopfront.promises.watch-every:15m}",
			fixedDelayString = "${shopfront.promises.watch-every:15m}")
	public int watch() {
		Instant now = this.clock.instant();
		int turned = 0;
		Batch batch = null;
		do {
			Promise after = (batch != null) ? batch.last() : null;
			batch = this.transactions.execute(status -> watch(after, now));
			turned += batch.turned();
		}
		while (batch.full());
		return turned;
	}

	/**
	 * One batch of the watch: the last promise it read, whether it was full (so more may
	 * follow), and how many turned at risk.
	 */
	private record Batch(Promise last, boolean full, int turned) {
	}

	private Batch watch(Promise after, Instant now) {
		List<Promise> onTrack = this.promises.onTrackAfter(after, this.properties.watchBatch());
		int turned = 0;
		for (Promise promise : onTrack) {
			double chance = this.forecasts.chanceOfKeeping(promise, now);
			if (chance >= this.forecasts.riskThreshold()) {
				continue;
			}
			Instant newDue = this.forecasts.requote(promise, now).due();
			if (!newDue.isAfter(promise.due())) {
				newDue = this.forecasts.calendar().endOfBusinessDay(promise.due().plusSeconds(1));
			}
			if (turnAtRisk(promise.atRisk(now, null, null, chance, newDue))) {
				turned++;
			}
		}
		return new Batch(onTrack.isEmpty() ? null : onTrack.get(onTrack.size() - 1),
				onTrack.size() == this.properties.watchBatch(), turned);
	}

	/**
	 * A fulfiller says the order will be late: the customer is told now, with the
	 * fulfiller's reason and date. For a promise already at risk the new date and reason
	 * replace the earlier ones and the customer is told once more.
	 * @throws InvalidDelay when the new date is not after the promised date, or past
	 */
	@Transactional
	public void flagDelay(OrderId order, UserId fulfiller, String reason, LocalDate newDate) {
		Promise promise = this.promises.openFor(order).orElseThrow(() -> PromiseProblem.notOnTrack(order));
		Instant now = this.clock.instant();
		BusinessCalendar calendar = this.forecasts.calendar();
		Instant newDue = calendar.endOfBusinessDay(newDate.atStartOfDay(calendar.zone()).toInstant());
		if (!newDue.isAfter(promise.due())) {
			throw InvalidDelay.notAfterDue(LocalDate.ofInstant(promise.due(), calendar.zone()));
		}
		if (!newDue.isAfter(now)) {
			throw InvalidDelay.inThePast();
		}
		if (promise.status() == PromiseStatus.OPEN) {
			double chance = this.forecasts.chanceOfKeeping(promise, now);
			if (!turnAtRisk(promise.atRisk(now, fulfiller, reason, chance, newDue))) {
				throw PromiseProblem.changedMeanwhile();
			}
			return;
		}
		Promise reflagged = promise.reflagged(fulfiller, reason, newDue);
		if (!this.promises.update(reflagged)) {
			throw PromiseProblem.changedMeanwhile();
		}
		this.events.publishEvent(PromiseAtRisk.retold(reflagged, now));
	}

	private boolean turnAtRisk(Promise atRisk) {
		if (!this.promises.update(atRisk)) {
			return false; // another node (or the fulfiller) got there first
		}
		this.events.publishEvent(PromiseAtRisk.of(atRisk));
		return true;
	}

}
