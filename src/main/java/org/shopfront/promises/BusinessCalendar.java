package org.shopfront.promises;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * Working days, working hours, holidays and a time zone: measures business hours between
 * two instants, adds business hours to an instant and finds the end of a business day.
 * Immutable and thread-safe; every operation is O(log holidays).
 *
 * <p>
 * Working hours are local wall-clock hours, so a working day lasts the same number of
 * hours on a daylight-saving change (the change happens at night).
 */
public final class BusinessCalendar {

	/** A Monday, so that weeks are counted from their first day. */
	private static final long MONDAY_EPOCH_DAY = LocalDate.of(1970, 1, 5).toEpochDay();

	private final ZoneId zone;

	private final LocalTime opens;

	private final LocalTime closes;

	private final double hoursPerDay;

	private final boolean[] working = new boolean[7];

	/** workingBefore[i]: working days among the first i days of a week (Monday first). */
	private final int[] workingBefore = new int[8];

	/** Holidays that fall on working days, sorted, as epoch days. */
	private final long[] holidays;

	public BusinessCalendar(ZoneId zone, Set<DayOfWeek> workingDays, LocalTime opens, LocalTime closes,
			Collection<LocalDate> holidays) {
		if (!opens.isBefore(closes)) {
			throw new IllegalArgumentException("A business day must open before it closes: " + opens + "-" + closes);
		}
		if (workingDays.isEmpty()) {
			throw new IllegalArgumentException("A business calendar needs at least one working day");
		}
		this.zone = zone;
		this.opens = opens;
		this.closes = closes;
		this.hoursPerDay = Duration.between(opens, closes).toNanos() / 3.6e12;
		for (DayOfWeek day : workingDays) {
			this.working[day.ordinal()] = true;
		}
		for (int i = 0; i < 7; i++) {
			this.workingBefore[i + 1] = this.workingBefore[i] + (this.working[i] ? 1 : 0);
		}
		this.holidays = holidays.stream()
			.filter((day) -> this.working[day.getDayOfWeek().ordinal()])
			.mapToLong(LocalDate::toEpochDay)
			.distinct()
			.sorted()
			.toArray();
	}

	/** Monday to Friday, 08:00 to 17:00 in the given zone, no holidays. */
	public static BusinessCalendar weekdays(ZoneId zone) {
		return new BusinessCalendar(zone, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(8, 0),
				LocalTime.of(17, 0), Set.of());
	}

	/**
	 * Every day around the clock in the given zone, for desks that never close: business
	 * hours are plain hours, and a business day ends at midnight.
	 */
	public static BusinessCalendar aroundTheClock(ZoneId zone) {
		return new BusinessCalendar(zone, EnumSet.allOf(DayOfWeek.class), LocalTime.MIN, LocalTime.MAX, Set.of());
	}

	public ZoneId zone() {
		return this.zone;
	}

	public double hoursPerDay() {
		return this.hoursPerDay;
	}

	/**
	 * Business hours from {@code start} to {@code end}; zero when end is not after start.
	 */
	public double hoursBetween(Instant start, Instant end) {
		return Math.max(0, position(end) - position(start));
	}

	/**
	 * Business hours from a fixed origin to the instant: a clock that only runs during
	 * business hours. Differences of positions are business hours.
	 */
	public double position(Instant instant) {
		LocalDateTime local = LocalDateTime.ofInstant(instant, this.zone);
		LocalDate date = local.toLocalDate();
		double before = businessDaysBefore(date) * this.hoursPerDay;
		if (!isBusinessDay(date)) {
			return before;
		}
		LocalTime time = local.toLocalTime();
		if (!time.isAfter(this.opens)) {
			return before;
		}
		if (!time.isBefore(this.closes)) {
			return before + this.hoursPerDay;
		}
		return before + Duration.between(this.opens, time).toNanos() / 3.6e12;
	}

	/**
	 * The instant {@code hours} business hours after {@code start}. A result that lands
	 * exactly on a day boundary is that day's closing time, not the next day's opening.
	 */
	public Instant plusHours(Instant start, double hours) {
		if (hours <= 0) {
			return start;
		}
		return instantAt(position(start) + hours);
	}

	/**
	 * The instant at which the business-hour clock of {@link #position} shows the given
	 * value.
	 */
	Instant instantAt(double position) {
		long day = (long) Math.ceil(position / this.hoursPerDay) - 1;
		double within = position - day * this.hoursPerDay;
		LocalDate date = nthBusinessDay(day);
		long nanos = Math.round(within * 3.6e12);
		return LocalDateTime.of(date, this.opens).plusNanos(nanos).atZone(this.zone).toInstant();
	}

	/**
	 * The close of the business day the instant falls in, or of the next business day
	 * when the instant is after closing time or on a day off.
	 */
	public Instant endOfBusinessDay(Instant instant) {
		LocalDateTime local = LocalDateTime.ofInstant(instant, this.zone);
		LocalDate date = local.toLocalDate();
		if (!isBusinessDay(date) || local.toLocalTime().isAfter(this.closes)) {
			date = nextBusinessDay(date);
		}
		return LocalDateTime.of(date, this.closes).atZone(this.zone).toInstant();
	}

	public boolean isBusinessDay(LocalDate date) {
		return this.working[date.getDayOfWeek().ordinal()] && Arrays.binarySearch(this.holidays, date.toEpochDay()) < 0;
	}

	private LocalDate nextBusinessDay(LocalDate date) {
		LocalDate next = date.plusDays(1);
		while (!isBusinessDay(next)) {
			next = next.plusDays(1);
		}
		return next;
	}

	/** Business days strictly before the date, counted from the origin. */
	private long businessDaysBefore(LocalDate date) {
		long epochDay = date.toEpochDay();
		return workingDaysBefore(epochDay) - holidaysBefore(epochDay);
	}

	private long workingDaysBefore(long epochDay) {
		long days = epochDay - MONDAY_EPOCH_DAY;
		long weeks = Math.floorDiv(days, 7);
		int rest = (int) Math.floorMod(days, 7);
		return weeks * this.workingBefore[7] + this.workingBefore[rest];
	}

	private long holidaysBefore(long epochDay) {
		int index = Arrays.binarySearch(this.holidays, epochDay);
		return (index >= 0) ? index : -index - 1;
	}

	/** The business day with {@code n} business days before it. */
	private LocalDate nthBusinessDay(long n) {
		long low = MONDAY_EPOCH_DAY + Math.floorDiv(n, this.workingBefore[7]) * 7 - 7;
		long high = low + 14 + Math.round((this.holidays.length + 7.0) * 7 / this.workingBefore[7]);
		while (businessDaysBefore(LocalDate.ofEpochDay(high)) <= n) {
			high += 7;
		}
		// smallest day with more than n business days up to and including it
		while (low < high) {
			long middle = low + (high - low) / 2;
			LocalDate date = LocalDate.ofEpochDay(middle);
			long upToAndIncluding = businessDaysBefore(date) + (isBusinessDay(date) ? 1 : 0);
			if (upToAndIncluding > n) {
				high = middle;
			}
			else {
				low = middle + 1;
			}
		}
		return LocalDate.ofEpochDay(low);
	}

}
