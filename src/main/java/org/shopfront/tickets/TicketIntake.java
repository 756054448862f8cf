package org.shopfront.tickets;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores tickets that code hands over, already read and checked: the API's pushes and the
 * demo's made-up service desk. All or nothing, in one transaction that also records the
 * import run and announces the tickets ({@link TicketsImported}).
 */
@Service
public class TicketIntake {

	private final Tickets tickets;

	private final ImportRuns runs;

	private final ImportLimits limits;

	private final ImportAnnouncements announcements;

	private final Clock clock;

	TicketIntake(Tickets tickets, ImportRuns runs, ImportLimits limits, ImportAnnouncements announcements,
			Clock clock) {
		this.tickets = tickets;
		this.runs = runs;
		this.limits = limits;
		this.announcements = announcements;
		this.clock = clock;
	}

	/**
	 * Stores the tickets (a ticket known under the same source and number is replaced) as
	 * one import run of the given source.
	 */
	@Transactional
	public ImportRunId store(String source, List<Ticket> tickets, String storedBy) {
		Instant now = this.clock.instant();
		ImportRunId run = this.runs.start(source, TicketFormat.API, null, null, 0, storedBy, now);
		for (int from = 0; from < tickets.size(); from += this.limits.batchSize()) {
			this.tickets.upsert(tickets.subList(from, Math.min(tickets.size(), from + this.limits.batchSize())), run,
					now);
		}
		this.runs.progress(run, new ImportProgress(0, tickets.size(), tickets.size(), 0), now);
		this.runs.finish(run, ImportStatus.DONE, null, null, now);
		this.announcements.announce(run, source, now);
		return run;
	}

}
