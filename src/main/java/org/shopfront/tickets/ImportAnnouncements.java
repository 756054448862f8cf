package org.shopfront.tickets;

import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Tells the other modules that an import or a push left tickets stored, by publishing
 * {@link TicketsImported} in the transaction that finishes the run, so that the event
 * goes out exactly when its tickets are there for all to read.
 */
@Component
class ImportAnnouncements {

	private final Tickets tickets;

	private final ApplicationEventPublisher events;

	ImportAnnouncements(Tickets tickets, ApplicationEventPublisher events) {
		this.tickets = tickets;
		this.events = events;
	}

	/**
	 * Publishes what the run left stored, if anything; call inside the finishing
	 * transaction.
	 */
	void announce(ImportRunId run, String source, Instant at) {
		TicketsImported imported = this.tickets.imported(run, source, at);
		if (imported.tickets() > 0) {
			this.events.publishEvent(imported);
		}
	}

}
