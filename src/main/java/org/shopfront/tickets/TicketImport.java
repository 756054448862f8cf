package org.shopfront.tickets;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.shopfront.imports.ImportRow;
import org.shopfront.imports.ImportRun;
import org.shopfront.imports.ImportRunId;
import org.shopfront.imports.ImportTarget;
import org.shopfront.shared.tabular.DateReader;

import org.springframework.context.ApplicationEventPublisher;

/**
 * Tickets as an import target, for one import of one source: turns a row into a ticket or
 * says why it cannot (the ticket number is required and must fit, dates must be dates,
 * the reopen count a whole number), stores batches by source and number, and announces
 * what a run stored ({@link TicketsImported}) in the transaction that ends it. Text that
 * is too long is shortened rather than rejected, and a lone {@code ?} (how some service
 * desk reports write "unknown") counts as missing outside the ticket's own text.
 */
final class TicketImport implements ImportTarget<TicketField, Ticket> {

	/** The target's name in the import log. */
	static final String NAME = "tickets";

	private final String source;

	private final DateReader dates;

	private final int maxTextLength;

	private final Tickets tickets;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	TicketImport(String source, DateReader dates, int maxTextLength, Tickets tickets, ApplicationEventPublisher events,
			Clock clock) {
		this.source = source;
		this.dates = dates;
		this.maxTextLength = maxTextLength;
		this.tickets = tickets;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public Ticket read(ImportRow<TicketField> row) {
		String number = row.required(TicketField.NUMBER);
		if (number != null && number.length() > TicketField.NUMBER.maxLength()) {
			row.reject(TicketField.NUMBER, "tooLong", number);
		}
		Instant opened = row.date(TicketField.OPENED_AT, this.dates);
		Instant resolved = row.date(TicketField.RESOLVED_AT, this.dates);
		Integer reopens = row.wholeNumber(TicketField.REOPEN_COUNT);
		if (row.rejected()) {
			return null;
		}
		return new Ticket(this.source, number, text(row, TicketField.TITLE),
				ImportRow.shorten(row.text(TicketField.DESCRIPTION), this.maxTextLength),
				text(row, TicketField.CATEGORY), opened, resolved, text(row, TicketField.CALLER),
				text(row, TicketField.ASSIGNMENT_GROUP), text(row, TicketField.LOCATION),
				text(row, TicketField.BUSINESS_UNIT), reopens);
	}

	@Override
	public void write(List<Ticket> items, ImportRunId run) {
		this.tickets.upsert(items, run, this.clock.instant());
	}

	@Override
	public Object key(Ticket ticket) {
		return ticket.source() + '\n' + ticket.number();
	}

	@Override
	public boolean missing(TicketField field, String value) {
		return value.equals("?") && field != TicketField.TITLE && field != TicketField.DESCRIPTION;
	}

	@Override
	public void finished(ImportRun run) {
		TicketsImported imported = this.tickets.imported(run.id(), run.source(), run.finishedAt());
		if (imported.tickets() > 0) {
			this.events.publishEvent(imported);
		}
	}

	private static String text(ImportRow<TicketField> row, TicketField field) {
		return ImportRow.shorten(row.text(field), field.maxLength());
	}

}
