package org.shopfront.listening;

import java.util.List;

/** A page of the ticket list and whether another follows. */
record TicketPage(List<TicketSummary> tickets, String search, int page, boolean more) {

}
