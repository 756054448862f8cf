package org.shopfront.tickets;

import java.util.List;

/** A page of the ticket list and whether another follows. */
record TicketPage(List<TicketLine> tickets, String search, int page, boolean more) {

}
