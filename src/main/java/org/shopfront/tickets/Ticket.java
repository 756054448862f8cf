package org.shopfront.tickets;

import java.time.Instant;

/**
 * One service desk ticket as read from a file, a push or code, before it is stored. The
 * source (the service desk it came from) and the ticket number together identify it:
 * storing the same ticket again updates it.
 */
public record Ticket(String source, String number, String title, String description, String category, Instant openedAt,
		Instant resolvedAt, String caller, String assignmentGroup, String location, String businessUnit,
		Integer reopenCount) {
}
