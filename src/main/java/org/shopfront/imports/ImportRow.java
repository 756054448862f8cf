package org.shopfront.imports;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.function.LongSupplier;

import org.shopfront.shared.tabular.ColumnMapping;
import org.shopfront.shared.tabular.DateReader;

/**
 * One row of a file on its way to a target: its values by field, cleaned (blanks around
 * them stripped, NUL characters dropped since PostgreSQL refuses them, empty and missing
 * values {@code null}), readers that check a value's kind, and the row's rejections, each
 * naming the line, the column and a reason key ({@code <prefix>.reason.<reason>} in the
 * message bundle). A rejected row stores nothing.
 *
 * @param <F> the fields of the row
 */
public final class ImportRow<F extends Enum<F>> {

	private final String[] values;

	private final String[] columns;

	private final LongSupplier line;

	private final List<Rejection> rejections;

	private long knownLine = -1;

	ImportRow(ImportTarget<F, ?> target, F[] fields, String[] raw, String[] columns, LongSupplier line,
			List<Rejection> rejections) {
		this.values = new String[raw.length];
		for (F field : fields) {
			this.values[field.ordinal()] = clean(target, field, raw[field.ordinal()]);
		}
		this.columns = columns;
		this.line = line;
		this.rejections = rejections;
	}

	/**
	 * A row a module reads itself, such as one element of a pushed JSON array: its values
	 * by field ({@code ordinal()}), named as the mapping names them.
	 * @param position where the row is, such as the element's index
	 */
	public static <F extends Enum<F>> ImportRow<F> of(ImportTarget<F, ?> target, ColumnMapping<F> mapping,
			String[] values, long position, List<Rejection> rejections) {
		F[] fields = mapping.fields();
		String[] names = new String[fields.length];
		for (F field : fields) {
			names[field.ordinal()] = mapping.name(field);
		}
		return new ImportRow<>(target, fields, values, names, () -> position, rejections);
	}

	/** The line of the file the row starts on (in a push, the item's position). */
	public long line() {
		if (this.knownLine < 0) {
			this.knownLine = this.line.getAsLong();
		}
		return this.knownLine;
	}

	/**
	 * The field's value, or {@code null} when it is empty, missing or not in the file.
	 */
	public String text(F field) {
		return this.values[field.ordinal()];
	}

	/** The field's column as the file names it. */
	public String column(F field) {
		return this.columns[field.ordinal()];
	}

	/** Rejects the row because of one field's value. */
	public void reject(F field, String reason, String detail) {
		this.rejections.add(new Rejection(line(), column(field), reason, detail));
	}

	public boolean rejected() {
		return !this.rejections.isEmpty();
	}

	/** The field's value; a row without one is rejected ({@code required}). */
	public String required(F field) {
		String value = text(field);
		if (value == null) {
			reject(field, "required", null);
		}
		return value;
	}

	/**
	 * The field's date, or {@code null} without a value; one no format reads rejects the
	 * row ({@code date}).
	 */
	public Instant date(F field, DateReader dates) {
		String value = text(field);
		if (value == null) {
			return null;
		}
		Instant instant = dates.read(value);
		if (instant == null) {
			reject(field, "date", value);
		}
		return instant;
	}

	/**
	 * The field as a whole number of 0 or more, or {@code null}; anything else rejects
	 * the row ({@code wholeNumber}).
	 */
	public Integer wholeNumber(F field) {
		String value = text(field);
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
			// Reported below like a negative number.
		}
		reject(field, "wholeNumber", value);
		return null;
	}

	/**
	 * The field as a decimal number, such as an amount ({@code 1234.50}, no grouping), or
	 * {@code null}; anything else rejects the row ({@code decimal}).
	 */
	public BigDecimal decimal(F field) {
		String value = text(field);
		if (value == null) {
			return null;
		}
		try {
			return new BigDecimal(value);
		}
		catch (NumberFormatException ex) {
			reject(field, "decimal", value);
			return null;
		}
	}

	/**
	 * The text shortened to at most {@code max} characters, an ellipsis last, never a
	 * half character.
	 */
	public static String shorten(String value, int max) {
		if (value == null || value.length() <= max) {
			return value;
		}
		int end = max - 1;
		if (Character.isHighSurrogate(value.charAt(end - 1))) {
			end--;
		}
		return value.substring(0, end) + "\u2026";
	}

	private static <F extends Enum<F>> String clean(ImportTarget<F, ?> target, F field, String raw) {
		if (raw == null) {
			return null;
		}
		String value = (raw.indexOf('\0') >= 0) ? raw.replace("\0", "") : raw;
		value = value.strip();
		return (value.isEmpty() || target.missing(field, value)) ? null : value;
	}

}
