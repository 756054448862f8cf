package org.shopfront.tickets;

import java.time.Instant;
import java.util.List;
import java.util.function.LongSupplier;

import org.shopfront.shared.tabular.DateReader;

/**
 * Turns the raw values of one row into a ticket, or says why it cannot: the ticket number
 * is required and must fit, dates must be dates, the reopen count a whole number. Text
 * that is too long is shortened rather than rejected, NUL characters (which PostgreSQL
 * refuses) are dropped, and a lone {@code ?} (how some service desk reports write
 * "unknown") counts as missing outside the ticket's own text.
 */
final class TicketRowMapper {

	private static final TicketField[] FIELDS = TicketField.values();

	private final String source;

	private final DateReader dates;

	private final int maxTextLength;

	TicketRowMapper(String source, DateReader dates, int maxTextLength) {
		this.source = source;
		this.dates = dates;
		this.maxTextLength = maxTextLength;
	}

	/**
	 * @param line the line the row starts on, asked for only when the row is rejected
	 * @param values raw values indexed by {@link TicketField#ordinal()}, {@code null}
	 * where the field is not mapped
	 * @param columns the column or property name of each field, for the report
	 * @param rejections where reasons for rejecting the row are added
	 * @return the ticket, or {@code null} when the row is rejected
	 */
	Ticket map(LongSupplier line, String[] values, String[] columns, List<Rejection> rejections) {
		String[] clean = new String[FIELDS.length];
		for (TicketField field : FIELDS) {
			clean[field.ordinal()] = clean(field, values[field.ordinal()]);
		}
		int before = rejections.size();
		Rows row = new Rows(line, columns, rejections);
		String number = clean[TicketField.NUMBER.ordinal()];
		if (number == null) {
			row.reject(TicketField.NUMBER, "required", null);
		}
		else if (number.length() > TicketField.NUMBER.maxLength()) {
			row.reject(TicketField.NUMBER, "tooLong", number);
		}
		Instant opened = date(row, TicketField.OPENED_AT, clean);
		Instant resolved = date(row, TicketField.RESOLVED_AT, clean);
		Integer reopens = whole(row, TicketField.REOPEN_COUNT, clean);
		if (rejections.size() > before) {
			return null;
		}
		return new Ticket(this.source, number, text(clean, TicketField.TITLE),
				shorten(clean[TicketField.DESCRIPTION.ordinal()], this.maxTextLength),
				text(clean, TicketField.CATEGORY), opened, resolved, text(clean, TicketField.CALLER),
				text(clean, TicketField.ASSIGNMENT_GROUP), text(clean, TicketField.LOCATION),
				text(clean, TicketField.BUSINESS_UNIT), reopens);
	}

	private Instant date(Rows row, TicketField field, String[] values) {
		String value = values[field.ordinal()];
		if (value == null) {
			return null;
		}
		Instant instant = this.dates.read(value);
		if (instant == null) {
			row.reject(field, "date", value);
		}
		return instant;
	}

	private static Integer whole(Rows row, TicketField field, String[] values) {
		String value = values[field.ordinal()];
		if (value == null) {
			return null;
		}
		try {
			int number = Integer.parseInt(value);
			if (number >= 0) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// Reported below like a negative count.
		}
		row.reject(field, "wholeNumber", value);
		return null;
	}

	private static String clean(TicketField field, String raw) {
		if (raw == null) {
			return null;
		}
		String value = (raw.indexOf('\0') >= 0) ? raw.replace("\0", "") : raw;
		value = value.strip();
		if (value.isEmpty()) {
			return null;
		}
		if (value.equals("?") && field != TicketField.TITLE && field != TicketField.DESCRIPTION) {
			return null;
		}
		return value;
	}

	private static String text(String[] values, TicketField field) {
		return shorten(values[field.ordinal()], field.maxLength());
	}

	private static String shorten(String value, int max) {
		if (value == null || value.length() <= max) {
			return value;
		}
		int end = max - 1;
		if (Character.isHighSurrogate(value.charAt(end - 1))) {
			end--;
		}
		return value.substring(0, end) + "\u2026";
	}

	/** Where a row's rejections go, with the line asked for once. */
	private static final class Rows {

		private final LongSupplier line;

		private final String[] columns;

		private final List<Rejection> rejections;

		private long known = -1;

		Rows(LongSupplier line, String[] columns, List<Rejection> rejections) {
			this.line = line;
			this.columns = columns;
			this.rejections = rejections;
		}

		void reject(TicketField field, String reason, String detail) {
			if (this.known < 0) {
				this.known = this.line.getAsLong();
			}
			this.rejections.add(new Rejection(this.known, this.columns[field.ordinal()], reason, detail));
		}

	}

}
