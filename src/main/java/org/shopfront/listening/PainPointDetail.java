package org.shopfront.listening;

import java.util.List;

/**
 * A pain point opened from the board: its label and terms, its three representative
 * tickets, a page of all its tickets (newest first) and its improvements.
 */
record PainPointDetail(PainPointId id, String label, List<String> terms, long tickets, List<PainPointTicket> examples,
		List<PainPointTicket> page, int pageNumber, boolean more, List<Improvement> improvements) {

}
