package org.shopfront.shared.tabular;

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
 * Reads the dates of a file, strictly (31/2/2016 is refused, not read as 29 February).
 * ISO 8601 with an offset is always read; a time without an offset is in the given zone.
 * {@link #usual} reads what service desks export (ServiceNow's
 * {@code 2016-02-29 01:16:00}, day-first {@code 29/2/2016 01:16}, Jira's
 * {@code 12/Mar/24 10:15 AM}, ISO 8601) after a pattern of the file's own;
 * {@link #exactly} reads only the given pattern, or only ISO 8601 without one. The format
 * that read the last value is tried first for the next, so a file in one format costs one
 * attempt per value. Not thread-safe: one reader per file.
 */
public final class DateReader {

	/**
	 * ISO 8601's local date and time ({@code 2024-04-01T09:00}, seconds and fraction
	 * optional).
	 */
	private static final String ISO_LOCAL = "ISO";

	private static final List<String> USUAL = List.of("yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", ISO_LOCAL,
			"d/M/yyyy H:mm", "d/M/yyyy H:mm:ss", "d/MMM/yy h:mm a", "d/MMM/yyyy h:mm a", "dd-MM-yyyy HH:mm:ss",
			"d.M.yyyy H:mm", "yyyy-MM-dd", "d/M/yyyy");

	private static final List<String> ISO = List.of(ISO_LOCAL, "yyyy-MM-dd");

	private final ZoneId zone;

	private final List<DateTimeFormatter> formats = new ArrayList<>();

	private final String description;

	private int last;

	private DateReader(ZoneId zone, String pattern, List<String> others, String description) {
		this.zone = zone;
		if (pattern != null && !pattern.isBlank()) {
			this.formats.add(formatter(pattern));
		}
		others.forEach((other) -> this.formats
			.add(ISO_LOCAL.equals(other) ? DateTimeFormatter.ISO_LOCAL_DATE_TIME : formatter(other)));
		this.description = description;
	}

	/**
	 * The file's own pattern first (if any), then the formats service desks export.
	 * @throws IllegalArgumentException if the pattern is not one
	 */
	public static DateReader usual(ZoneId zone, String pattern) {
		return new DateReader(zone, pattern, USUAL, (pattern == null || pattern.isBlank()) ? "no known date format"
				: "pattern " + pattern + " or a known date format");
	}

	/**
	 * Only the given pattern, or ISO 8601 when there is none.
	 * @throws IllegalArgumentException if the pattern is not one
	 */
	public static DateReader exactly(ZoneId zone, String pattern) {
		boolean iso = pattern == null || pattern.isBlank();
		return new DateReader(zone, pattern, iso ? ISO : List.of(), iso ? "ISO-8601" : "pattern " + pattern);
	}

	/** Whether a pattern can be used at all. */
	public static boolean validPattern(String pattern) {
		try {
			formatter(pattern);
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	/**
	 * The instant the text names, or {@code null} when no format of this reader reads it.
	 */
	public Instant read(String text) {
		String value = text.strip();
		if (offset(value)) {
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

	/**
	 * The instant the text names.
	 * @throws FileProblem naming the line, the column and what was expected
	 */
	public Instant read(String text, long line, String column) {
		Instant instant = read(text);
		if (instant == null) {
			throw FileProblem.at(line, column, "cannot read '" + text + "' as a date (" + this.description + ")");
		}
		return instant;
	}

	/**
	 * Whether the text looks like an ISO date-time with an offset ({@code Z},
	 * {@code +02:00}).
	 */
	private static boolean offset(String value) {
		int length = value.length();
		if (length <= 16 || value.indexOf('T') != 10) {
			return false;
		}
		char sign = value.charAt(length - 6);
		return value.endsWith("Z") || ((sign == '+' || sign == '-') && value.charAt(length - 3) == ':');
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
