package org.shopfront.demo;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * The demo company's working hours, Monday to Friday from 07:00 to 17:00 UTC, in which
 * its simulated orders move.
 */
final class BusinessHours {

	static final ZoneOffset ZONE = ZoneOffset.UTC;

	private static final LocalTime OPENS = LocalTime.of(7, 0);

	private static final LocalTime CLOSES = LocalTime.of(17, 0);

	private BusinessHours() {
	}

	/** The working hours between two instants. */
	static double between(Instant from, Instant to) {
		ZonedDateTime t = intoBusinessHours(from.atZone(ZONE));
		ZonedDateTime end = to.atZone(ZONE);
		long seconds = 0;
		while (t.isBefore(end)) {
			ZonedDateTime closes = t.with(CLOSES);
			seconds += Duration.between(t, closes.isBefore(end) ? closes : end).getSeconds();
			t = intoBusinessHours(t.plusDays(1).with(OPENS));
		}
		return seconds / 3600.0;
	}

	/** The instant that many working hours after {@code from}. */
	static Instant add(Instant from, double hours) {
		ZonedDateTime t = intoBusinessHours(from.atZone(ZONE));
		long remaining = (long) (hours * 3600);
		while (true) {
			long left = Duration.between(t, t.with(CLOSES)).getSeconds();
			if (remaining <= left) {
				return t.plusSeconds(remaining).toInstant();
			}
			remaining -= left;
			t = intoBusinessHours(t.plusDays(1).with(OPENS));
		}
	}

	private static ZonedDateTime intoBusinessHours(ZonedDateTime t) {
		if (!t.toLocalTime().isBefore(CLOSES)) {
			t = t.plusDays(1).with(OPENS);
		}
		else if (t.toLocalTime().isBefore(OPENS)) {
			t = t.with(OPENS);
		}
		while (t.getDayOfWeek() == DayOfWeek.SATURDAY || t.getDayOfWeek() == DayOfWeek.SUNDAY) {
			t = t.plusDays(1).with(OPENS);
		}
		return t;
	}

}
