package org.shopfront.promises;

import java.time.Instant;

/**
 * Where an order's outcome puts it on the {@link Levels}: its time score is the number of
 * levels whose lead time was shorter than the order took (the levels at which the
 * forecast fell short), its promise score the number of levels whose promise fell due
 * before the order finished (the levels at which the promise, due at a close of day or a
 * full hour, would have broken). A promise at level k held if its score is at most k.
 */
final class Scoring {

	private final BusinessCalendar calendar;

	private final DueTime dueTime;

	Scoring(BusinessCalendar calendar, DueTime dueTime) {
		this.calendar = calendar;
		this.dueTime = dueTime;
	}

	/**
	 * The business-hour position a promise made at {@code start} for so many hours falls
	 * due at.
	 */
	double due(double start, double hours) {
		return this.dueTime.roundUp(start + hours, this.calendar);
	}

	/**
	 * The instant's position, just past it when the instant is after the close of the
	 * business day it falls at (a night or a weekend): then a promise due at that close
	 * has broken.
	 */
	double after(Instant instant) {
		double position = this.calendar.position(instant);
		return instant.isAfter(this.calendar.instantAt(position)) ? Math.nextUp(position) : position;
	}

	static int timeScore(float[] quantiles, double hours) {
		return Levels.countWhile(quantiles.length, (k) -> quantiles[k] < hours);
	}

	/**
	 * @param at {@link #after} of the moment the order finished, or of now for an order
	 * still open (the score it has at least)
	 */
	int promiseScore(float[] quantiles, double start, double at) {
		return Levels.countWhile(quantiles.length, (k) -> due(start, quantiles[k]) < at);
	}

}
