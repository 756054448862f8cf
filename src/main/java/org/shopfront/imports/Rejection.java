package org.shopfront.imports;

/**
 * Why one row of an import was not kept: the line of the file it starts on (the header is
 * line 1 in a CSV file, the first line is line 1 in JSON lines), the column at fault if
 * there is one, a reason key ({@code <prefix>.reason.*} in the message bundle) and a
 * short detail such as the value that could not be read.
 */
public record Rejection(long line, String column, String reason, String detail) {

	static final int DETAIL_LENGTH = 200;

	public Rejection {
		if (detail != null && detail.length() > DETAIL_LENGTH) {
			detail = detail.substring(0, DETAIL_LENGTH - 1) + "\u2026";
		}
	}

}
