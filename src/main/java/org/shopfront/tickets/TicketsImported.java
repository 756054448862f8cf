package org.shopfront.tickets;

import java.time.Instant;

import org.shopfront.imports.ImportRunId;

/**
 * An import or a push committed tickets: the {@code tickets} it added or changed (those
 * that still carry its run; a later import of the same ticket takes it over), between
 * ticket ids {@code firstTicketId} and {@code lastTicketId}. A new ticket gets an id
 * above every id before it; a changed one keeps its id. Read the tickets themselves
 * through {@link TicketTexts#forEachImported}.
 */
public record TicketsImported(ImportRunId run, String source, long tickets, long firstTicketId, long lastTicketId,
		Instant at) {

}
