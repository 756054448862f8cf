package org.shopfront.scoreboard;

import java.time.LocalDate;

/** One week of a trend: the promises whose outcome became known that week. */
public record WeekFigures(LocalDate week, int promises, Integer keptPercent, int didNotHold, Integer warnedPercent,
		Integer answers, Double satisfaction) {

}
