package org.shopfront.listening;

import java.time.Instant;

/**
 * A ticket in a pain point's drill-down: its words, its caller and where it came from.
 */
record PainPointTicket(long id, String number, String title, String excerpt, String caller, String businessUnit,
		String location, Instant openedAt, Instant resolvedAt) {

}
