package org.shopfront.listening;

import java.time.Instant;

/** One line of the ticket list. */
record TicketSummary(long id, String source, String number, String title, String category, String caller,
		String assignmentGroup, Instant openedAt, Instant resolvedAt) {

}
