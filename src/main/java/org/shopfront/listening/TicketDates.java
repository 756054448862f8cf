package org.shopfront.listening;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the date formats service desks export: ISO 8601 with or without an offset,
 * ServiceNow's {@code 2016-02-29 01:16:00}, day-first {@code 29/2/2016 01:16}, and Jira's
 * {@code 12/Mar/24 10:15 AM}. A profile's own pattern is tried first. Times without an
 * offset are in the company's time zone. The pattern that read the last value is tried
 * first for the next, so a file in one format costs one attempt per value.
 */
final class TicketDates {

	private static final List<String> USUAL = List.of("yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm",
			"yyyy-MM-dd'T'HH:mm[:ss][.SSS]", "d/M/yyyy H:mm", "d/M/yyyy H:mm:ss", "d/MMM/yy h:mm a",
			"d/MMM/yyyy h:mm a", "dd-MM-yyyy HH:mm:ss", "d.M.yyyy H:mm", "yyyy-MM-dd", "d/M/yyyy");

	private final ZoneId zone;

	private final List<DateTimeFormatter> formats = new ArrayList<>();

	private int last;

	TicketDates(ZoneId zone, String pattern) {
		this.zone = zone;
		if (pattern != null && !pattern.isBlank()) {
			this.formats.add(formatter(pattern));
		}
		USUAL.forEach(usual -> this.formats.add(formatter(usual)));
	}

	/** Whether a pattern can be used at all, for the profile form. */
	static boolean validPattern(String pattern) {
		try {
			formatter(pattern);
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	/** The instant the text names, or {@code null} when no known format reads it. */
	Instant read(String text) {
		String value = text.trim();
		if (value.length() > 15 && (value.endsWith("Z") || value.charAt(value.length() - 3) == ':')
				&& value.indexOf('T') == 10) {
			try {
				return OffsetDateTime.parse(value).toInstant();
			}
			catch (DateTimeParseException ex) {
				// Not an offset date-time after all; the local formats may still read it.
			}
		}
		for (int attempt = 0; attempt < this.formats.size(); attempt++) {
			int index = (this.last + attempt) % this.formats.size();
			Instant instant = tryRead(this.formats.get(index), value);
			if (instant != null) {
				this.last = index;
				return instant;
			}
		}
		return null;
	}

	private Instant tryRead(DateTimeFormatter format, String value) {
		try {
			TemporalAccessor parsed = format.parseBest(value, LocalDateTime::from, LocalDate::from);
			LocalDateTime local = (parsed instanceof LocalDateTime time) ? time : ((LocalDate) parsed).atStartOfDay();
			return local.atZone(this.zone).toInstant();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/**
	 * Strict, so that 31/2/2016 is refused rather than quietly read as 29 February;
	 * strict resolving needs the proleptic year {@code u} where people write {@code y}.
	 */
	private static DateTimeFormatter formatter(String pattern) {
		return new DateTimeFormatterBuilder().parseCaseInsensitive()
			.appendPattern(pattern.replace('y', 'u'))
			.toFormatter(Locale.ENGLISH)
			.withResolverStyle(ResolverStyle.STRICT);
	}

}
