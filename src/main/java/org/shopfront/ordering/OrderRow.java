package org.shopfront.ordering;

import java.util.List;

/**
 * An order as a list shows it, every cell already worded and formatted in the viewer's
 * language, so that the table's row places strings and evaluates nothing (issue 14: the
 * application's rendering of full pages was the lists' cost at company size).
 *
 * @param href the order's page, with the context path
 * @param quantity "× 2", or null for one
 * @param customerName null where the list does not name the customer
 * @param answers the customer's case, in approvals only (else empty)
 * @param promisedIso null before the order has a promised date
 * @param standing "At risk" or "Late", else null
 * @param standingClass the standing's badge class, else null
 */
record OrderRow(String href, String number, String offeringTitle, String providerName, String quantity,
		List<Order.Detail> answers, String customerName, String value, String placedIso, String placedDate,
		String placedAgo, String promisedIso, String promisedDate, String standing, String standingClass, String status,
		String statusClass) {

	OrderRow {
		answers = List.copyOf(answers);
	}

}
