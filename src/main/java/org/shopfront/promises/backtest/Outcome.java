package org.shopfront.promises.backtest;

import java.time.Instant;

import org.shopfront.promises.Quote;

/**
 * What happened to one scored ticket: the promise quoted at each confidence level, the
 * promise one global quantile would have made, and when the at-risk watch first warned
 * (null if never).
 */
record Outcome(Ticket ticket, Quote[] quotes, Quote global, Instant warnedAt) {

	boolean kept(int level) {
		return this.ticket.resolved() != null && !this.ticket.resolved().isAfter(this.quotes[level].due());
	}

	Outcome warned(Instant at) {
		return new Outcome(this.ticket, this.quotes, this.global, at);
	}

}
