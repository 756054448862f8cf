package org.shopfront.painpoints;

import java.util.List;

import org.shopfront.tickets.TicketLine;

/**
 * A pain point opened from the board: its label and terms, its three representative
 * tickets, a page of all its tickets (newest first) and its improvements.
 */
record PainPointDetail(PainPointId id, String label, List<String> terms, long tickets, List<TicketLine> examples,
		List<TicketLine> page, int pageNumber, boolean more, List<Improvement> improvements) {

}
