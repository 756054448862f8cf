package org.shopfront.tickets;

import java.time.Instant;

/**
 * A stored ticket as a list shows it (the ticket list, a pain point's tickets): its
 * words, the start of its text, its caller and where it came from.
 */
public record TicketLine(long id, String source, String number, String title, String excerpt, String category,
		String caller, String assignmentGroup, String businessUnit, String location, Instant openedAt,
		Instant resolvedAt) {

	/** How much of the text a list shows. */
	static final int EXCERPT = 300;

	static String excerpt(String description) {
		if (description == null) {
			return "";
		}
		return (description.length() <= EXCERPT) ? description : description.substring(0, EXCERPT - 1) + "\u2026";
	}

}
