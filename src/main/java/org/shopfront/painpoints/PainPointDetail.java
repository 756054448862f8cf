package org.shopfront.painpoints;

import java.util.List;

import org.shopfront.shared.paging.Page;
import org.shopfront.tickets.TicketLine;

/**
 * A pain point opened from the board: its label and terms, its three representative
 * tickets, the first page of all its tickets (newest first) and its improvements.
 */
record PainPointDetail(PainPointId id, String label, List<String> terms, long tickets, List<TicketLine> examples,
		Page<TicketLine> page, List<Improvement> improvements) {

}
