package org.shopfront.shadowit;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Reads the amounts card and expense exports write: {@code 1234.50}, {@code 1,234.50},
 * {@code 1.234,50}, {@code 12,50}, {@code -12.00}, {@code (12.00)} and with a currency
 * symbol or code around them. Where a single separator could be either, two or fewer
 * digits after it make it the decimal one ({@code 12,50}), three a thousands one
 * ({@code 1,234}).
 */
final class Amounts {

	private static final Pattern AROUND = Pattern.compile("^[^0-9(+\\-]+|[^0-9)]+$");

	private static final Pattern NUMBER = Pattern
		.compile("[0-9]{1,3}([.,' ][0-9]{3})+([.,][0-9]+)?|[0-9]+([.,][0-9]+)?");

	private Amounts() {
	}

	/** The amount, or {@code null} when the text is not one. */
	static BigDecimal read(String text) {
		String value = text.strip();
		boolean negative = value.endsWith("-");
		value = AROUND.matcher(value).replaceAll("");
		if (value.startsWith("(") && value.endsWith(")")) {
			negative = true;
			value = value.substring(1, value.length() - 1);
		}
		if (value.startsWith("-") || value.startsWith("+")) {
			negative = value.startsWith("-");
			value = value.substring(1);
		}
		value = value.strip();
		if (!NUMBER.matcher(value).matches()) {
			return null;
		}
		BigDecimal amount = new BigDecimal(plain(value));
		return negative ? amount.negate() : amount;
	}

	private static String plain(String value) {
		int decimal = Math.max(value.lastIndexOf('.'), value.lastIndexOf(','));
		if (decimal >= 0) {
			char separator = value.charAt(decimal);
			boolean both = value.indexOf(separator == '.' ? ',' : '.') >= 0;
			boolean once = value.indexOf(separator) == decimal;
			int digitsAfter = value.length() - decimal - 1;
			if (!both && (!once || digitsAfter == 3)) {
				decimal = -1;
			}
		}
		StringBuilder plain = new StringBuilder(value.length());
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (Character.isDigit(c)) {
				plain.append(c);
			}
			else if (i == decimal) {
				plain.append('.');
			}
		}
		return plain.toString();
	}

}
