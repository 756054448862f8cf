package org.shopfront.promises;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Business hours across weekends, holidays and daylight-saving changes, and the end of a
 * business day.
 */
class BusinessCalendarTests {

	static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	final BusinessCalendar calendar = new BusinessCalendar(BERLIN, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
			LocalTime.of(8, 0), LocalTime.of(17, 0), List.of(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 26)));

	static Instant at(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant();
	}

	@Test
	void countsOnlyWorkingHoursOfWorkingDays() {
		assertThat(this.calendar.hoursBetween(at("2026-11-27T16:00"), at("2026-11-30T09:30"))).isCloseTo(2.5,
				within(1e-9));
		assertThat(this.calendar.hoursBetween(at("2026-11-28T10:00"), at("2026-11-29T23:00"))).isZero();
		assertThat(this.calendar.hoursBetween(at("2026-11-23T06:00"), at("2026-11-27T20:00"))).isCloseTo(45,
				within(1e-9));
	}

	@Test
	void skipsHolidays() {
		// Thursday 24 Dec 16:00 to Monday 28 Dec 10:00: Friday 25 Dec is a holiday
		assertThat(this.calendar.hoursBetween(at("2026-12-24T16:00"), at("2026-12-28T10:00"))).isCloseTo(3,
				within(1e-9));
		assertThat(this.calendar.plusHours(at("2026-12-24T16:00"), 2)).isEqualTo(at("2026-12-28T09:00"));
	}

	@Test
	void keepsWorkingHoursInLocalTimeAcrossDaylightSavingChanges() {
		// Europe/Berlin moves to summer time on Sunday 29 March 2026
		assertThat(this.calendar.hoursBetween(at("2026-03-27T12:00"), at("2026-03-30T12:00"))).isCloseTo(9,
				within(1e-9));
		assertThat(this.calendar.plusHours(at("2026-03-27T12:00"), 9)).isEqualTo(at("2026-03-30T12:00"));
		assertThat(this.calendar.endOfBusinessDay(at("2026-03-29T12:00")))
			.isEqualTo(Instant.parse("2026-03-30T15:00:00Z"));
	}

	@Test
	void addingAWholeDayEndsAtClosingTimeNotAtNextOpening() {
		assertThat(this.calendar.plusHours(at("2026-11-30T08:00"), 9)).isEqualTo(at("2026-11-30T17:00"));
		assertThat(this.calendar.plusHours(at("2026-11-27T17:00"), 0.5)).isEqualTo(at("2026-11-30T08:30"));
		assertThat(this.calendar.plusHours(at("2026-11-28T12:00"), 0)).isEqualTo(at("2026-11-28T12:00"));
	}

	@Test
	void endOfBusinessDayIsTodaysCloseOrTheNextBusinessDays() {
		assertThat(this.calendar.endOfBusinessDay(at("2026-11-27T10:00"))).isEqualTo(at("2026-11-27T17:00"));
		assertThat(this.calendar.endOfBusinessDay(at("2026-11-27T17:00"))).isEqualTo(at("2026-11-27T17:00"));
		assertThat(this.calendar.endOfBusinessDay(at("2026-11-27T17:01"))).isEqualTo(at("2026-11-30T17:00"));
		assertThat(this.calendar.endOfBusinessDay(at("2026-12-24T18:00"))).isEqualTo(at("2026-12-28T17:00"));
	}

	@Test
	void addingAndMeasuringAreInverse() {
		Instant start = at("2026-11-25T11:17");
		for (double hours : new double[] { 0.25, 3, 9, 17.5, 100, 1000 }) {
			assertThat(this.calendar.hoursBetween(start, this.calendar.plusHours(start, hours))).isCloseTo(hours,
					within(1e-6));
		}
	}

}
