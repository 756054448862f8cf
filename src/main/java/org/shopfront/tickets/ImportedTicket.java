package org.shopfront.tickets;

import java.time.Instant;

/**
 * A stored ticket as the pain-point miner reads it: its text and the facts the board
 * ranks by. {@code id} grows with every new ticket (an updated ticket keeps its id), so a
 * reader can ask for what arrived after the last one it saw.
 */
public record ImportedTicket(long id, String source, String number, String title, String description, String category,
		Instant openedAt, Instant resolvedAt, Integer reopenCount, String businessUnit, String location,
		String assignmentGroup) {

}
