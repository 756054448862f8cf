package org.shopfront.scoreboard;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The weeks a scoreboard covers: {@code weeks} whole weeks ending with the current one.
 *
 * @param from the first Monday, inclusive
 * @param to the Monday after the current week, exclusive
 */
public record ScoreWindow(LocalDate from, LocalDate to, int weeks) {

	/** The lengths offered, in weeks; a year by default. */
	public static final List<Integer> LENGTHS = List.of(4, 13, 26, 52);

	public static final int DEFAULT_WEEKS = 52;

	static ScoreWindow ending(Instant now, ZoneId zone, int weeks) {
		if (!LENGTHS.contains(weeks)) {
			throw new UnknownWeeks(weeks);
		}
		int length = weeks;
		LocalDate to = now.atZone(zone)
			.toLocalDate()
			.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
			.plusWeeks(1);
		return new ScoreWindow(to.minusWeeks(length), to, length);
	}

	/** Every Monday of the window, oldest first. */
	public List<LocalDate> mondays() {
		List<LocalDate> mondays = new ArrayList<>();
		for (LocalDate week = this.from; week.isBefore(this.to); week = week.plusWeeks(1)) {
			mondays.add(week);
		}
		return mondays;
	}

	/** Whether the Monday is one of the window's weeks. */
	boolean holds(LocalDate week) {
		return !week.isBefore(this.from) && week.isBefore(this.to) && week.getDayOfWeek() == DayOfWeek.MONDAY;
	}

}
