package org.shopfront.tickets;

import java.time.Clock;
import java.time.ZoneId;

import org.shopfront.shared.tabular.DateReader;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Makes the {@link TicketImport} of one import: its source, and its dates read in the
 * company's time zone with the profile's own pattern first.
 */
@Component
class TicketImports {

	private final Tickets tickets;

	private final TicketLimits limits;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ZoneId zone;

	TicketImports(Tickets tickets, TicketLimits limits, ApplicationEventPublisher events, Clock clock,
			@Value("${shopfront.time-zone:}") String zone) {
		this.tickets = tickets;
		this.limits = limits;
		this.events = events;
		this.clock = clock;
		this.zone = zone.isBlank() ? ZoneId.systemDefault() : ZoneId.of(zone);
	}

	/**
	 * @param datePattern a profile's own date pattern, or {@code null}
	 */
	TicketImport of(String source, String datePattern) {
		return new TicketImport(source, DateReader.usual(this.zone, datePattern), this.limits.maxTextLength(),
				this.tickets, this.events, this.clock);
	}

}
