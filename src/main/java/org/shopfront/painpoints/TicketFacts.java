package org.shopfront.painpoints;

import java.time.Instant;

import org.shopfront.tickets.ImportedTicket;

/**
 * What the board ranks a ticket by, kept with its place in a run, since the board reads
 * no ticket of its own: when it was opened and resolved, how often it came back, and the
 * unit and location it came from.
 */
record TicketFacts(long ticket, Instant openedAt, Instant resolvedAt, Integer reopenCount, String businessUnit,
		String location) {

	static TicketFacts of(ImportedTicket ticket) {
		return new TicketFacts(ticket.id(), ticket.openedAt(), ticket.resolvedAt(), ticket.reopenCount(),
				ticket.businessUnit(), ticket.location());
	}

}
