package org.shopfront.tickets;

/**
 * Why one row of an import was not kept: the row number in the file (the header is row 1
 * in a CSV file, the first line is row 1 in JSON lines), the column at fault if there is
 * one, a reason key ({@code import.reason.*} in the message bundles) and a short detail
 * such as the value that could not be read.
 */
record Rejection(long row, String column, String reason, String detail) {

	static final int DETAIL_LENGTH = 200;

	Rejection {
		if (detail != null && detail.length() > DETAIL_LENGTH) {
			detail = detail.substring(0, DETAIL_LENGTH - 1) + "\u2026";
		}
	}

}
