package org.shopfront.promises.backtest;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.shopfront.promises.BusinessCalendar;
import org.shopfront.promises.ForecastSettings;
import org.shopfront.promises.Forecaster;
import org.shopfront.promises.Quote;

/**
 * Replays a ticket history in time order as if the forecaster had been running: each
 * ticket is quoted when it opens, from what was known at that moment; resolutions are
 * told as they happen; every hour the at-risk watch looks at the open scored tickets.
 * Tickets after the training share are scored.
 */
final class Replay {

	private static final List<String> EVERYTHING = List.of("everything");

	private final double[] levels;

	private final int main;

	private final double riskThreshold;

	private final double fallbackHours;

	private final Forecaster segmented;

	private final Forecaster global;

	Replay(BusinessCalendar calendar, ForecastSettings settings, double[] levels, int main, double riskThreshold) {
		this.levels = levels;
		this.main = main;
		this.riskThreshold = riskThreshold;
		this.fallbackHours = 5 * calendar.hoursPerDay();
		this.segmented = new Forecaster(calendar, settings);
		this.global = new Forecaster(calendar, settings);
	}

	/**
	 * @return the outcomes of the scored tickets, in order of opening
	 */
	List<Outcome> run(List<Ticket> history, double train) {
		List<Ticket> opening = history.stream().sorted(Comparator.comparing(Ticket::opened)).toList();
		List<Ticket> closing = history.stream()
			.filter((ticket) -> ticket.resolved() != null)
			.sorted(Comparator.comparing(Ticket::resolved))
			.toList();
		int firstScored = (int) Math.floor(opening.size() * train);
		Outcome[] outcomes = new Outcome[opening.size()];
		List<Integer> watched = new ArrayList<>();
		Instant tick = opening.get(0).opened().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1));
		int opened = 0;
		int closed = 0;
		while (opened < opening.size() || closed < closing.size()) {
			Instant nextOpen = (opened < opening.size()) ? opening.get(opened).opened() : Instant.MAX;
			Instant nextClose = (closed < closing.size()) ? closing.get(closed).resolved() : Instant.MAX;
			Instant next = nextOpen.isBefore(nextClose) ? nextOpen : nextClose;
			for (; !tick.isAfter(next); tick = tick.plus(Duration.ofHours(1))) {
				watch(tick, watched, outcomes, opening);
			}
			if (!nextClose.isAfter(nextOpen)) {
				Ticket ticket = closing.get(closed++);
				this.segmented.finished(ticket.id(), ticket.resolved());
				this.global.finished(ticket.id(), ticket.resolved());
			}
			else {
				int index = opened++;
				Outcome outcome = open(opening.get(index));
				if (index >= firstScored) {
					outcomes[index] = outcome;
					watched.add(index);
				}
			}
		}
		return Arrays.asList(outcomes).subList(firstScored, outcomes.length);
	}

	private Outcome open(Ticket ticket) {
		Quote[] quotes = new Quote[this.levels.length];
		for (int level = 0; level < this.levels.length; level++) {
			quotes[level] = this.segmented.quote(ticket.segments(), ticket.opened(), this.levels[level],
					this.fallbackHours);
		}
		Quote global = this.global.quote(EVERYTHING, ticket.opened(), this.levels[this.main], this.fallbackHours);
		this.segmented.opened(ticket.id(), ticket.segments(), ticket.opened());
		this.segmented.promised(ticket.id(), quotes[this.main]);
		this.global.opened(ticket.id(), EVERYTHING, ticket.opened());
		this.global.promised(ticket.id(), global);
		return new Outcome(ticket, quotes, global, null);
	}

	private void watch(Instant now, List<Integer> watched, Outcome[] outcomes, List<Ticket> opening) {
		watched.removeIf((index) -> {
			Outcome outcome = outcomes[index];
			Ticket ticket = opening.get(index);
			Quote quote = outcome.quotes()[this.main];
			Instant due = quote.due();
			if ((ticket.resolved() != null && !ticket.resolved().isAfter(now)) || !now.isBefore(due)) {
				return true;
			}
			double chance = this.segmented.chanceOfKeeping(ticket.segments(), ticket.opened(), due, now, quote.hours());
			if (chance < this.riskThreshold) {
				outcomes[index] = outcome.warned(now);
				return true;
			}
			return false;
		});
	}

}
