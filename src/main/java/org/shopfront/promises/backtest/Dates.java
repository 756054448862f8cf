package org.shopfront.promises.backtest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;

/**
 * Reads the dates of an input file: with a pattern when one is given, otherwise ISO-8601
 * (an instant, a local date and time or a date). Local times are in the calendar's zone.
 */
final class Dates {

	private final DateTimeFormatter pattern;

	private final String description;

	private final ZoneId zone;

	Dates(String pattern, ZoneId zone) {
		this.zone = zone;
		if (pattern == null) {
			this.pattern = null;
			this.description = "ISO-8601";
		}
		else {
			try {
				this.pattern = DateTimeFormatter.ofPattern(pattern);
			}
			catch (IllegalArgumentException ex) {
				throw BadInput.because("--date-format '" + pattern + "' is not a date pattern: " + ex.getMessage());
			}
			this.description = "pattern " + pattern;
		}
	}

	Instant parse(String text, long line, String column) {
		try {
			return (this.pattern != null) ? withPattern(text) : iso(text);
		}
		catch (DateTimeParseException ex) {
			throw BadInput.at(line, column, "cannot read '" + text + "' as a date (" + this.description + ")");
		}
	}

	private Instant withPattern(String text) {
		TemporalAccessor parsed = this.pattern.parseBest(text, LocalDateTime::from, LocalDate::from);
		LocalDateTime local = (parsed instanceof LocalDate date) ? date.atStartOfDay() : (LocalDateTime) parsed;
		return local.atZone(this.zone).toInstant();
	}

	private Instant iso(String text) {
		if (text.length() <= 10) {
			return LocalDate.parse(text).atStartOfDay(this.zone).toInstant();
		}
		try {
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException ex) {
			return LocalDateTime.parse(text).atZone(this.zone).toInstant();
		}
	}

}
