package org.shopfront.promises;

import java.time.Instant;

/**
 * When in the day a promise falls due: at the close of a business day (what the store
 * shows: a date), or at the next full business hour (a service desk that promises times).
 */
public enum DueTime {

	/** The close of the business day the lead time ends in. */
	CLOSE_OF_DAY,

	/** The next full business hour after the lead time ends. */
	FULL_HOUR,

	/** The moment the lead time ends, as a service desk's SLA clock measures it. */
	EXACT;

	/**
	 * When a promise made at {@code start} for so many business hours falls due; never
	 * before {@code start}.
	 */
	Instant due(BusinessCalendar calendar, Instant start, double hours) {
		return switch (this) {
			case CLOSE_OF_DAY -> calendar.endOfBusinessDay(calendar.plusHours(start, hours));
			case FULL_HOUR -> {
				double position = Math.ceil(calendar.position(start) + hours);
				Instant due = calendar.instantAt(position);
				yield due.isBefore(start) ? calendar.instantAt(position + 1) : due;
			}
			case EXACT -> calendar.plusHours(start, hours);
		};
	}

	/**
	 * The business-hour position a promise falls due at when the lead time ends at
	 * {@code position} (see {@link BusinessCalendar#position}).
	 */
	double roundUp(double position, BusinessCalendar calendar) {
		if (this == EXACT) {
			return position;
		}
		double step = (this == CLOSE_OF_DAY) ? calendar.hoursPerDay() : 1;
		return Math.ceil(position / step) * step;
	}

}
