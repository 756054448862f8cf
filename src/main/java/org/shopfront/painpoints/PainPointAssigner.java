package org.shopfront.painpoints;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.shopfront.painpoints.mining.MiningLanguage;
import org.shopfront.painpoints.mining.TextAnalysis;
import org.shopfront.tickets.ImportedTicket;
import org.shopfront.tickets.TicketTexts;
import org.shopfront.tickets.TicketsImported;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Places the tickets of each import that commits ({@link TicketsImported}) in the current
 * mining run: a new ticket at the nearest of its pain points (one that shares no word
 * with any stays unplaced), a changed one where it is, with its new facts. Pages of
 * {@value #BATCH} tickets, each in a transaction of its own; placing the same import
 * again changes nothing, so an event delivered twice (the outbox resubmits one whose
 * listener failed) or an import placed again after a mining run
 * ({@link MiningPainPointsJob}) is harmless.
 */
@Service
class PainPointAssigner {

	private static final int BATCH = 5_000;

	private static final int ATTEMPTS = 3;

	private final MiningRuns runs;

	private final PainPoints painPoints;

	private final TicketTexts texts;

	private final PainPointCentroids centroids;

	private final TransactionTemplate transactions;

	PainPointAssigner(MiningRuns runs, PainPoints painPoints, TicketTexts texts, PainPointSettings settings,
			PlatformTransactionManager transactions) {
		this.runs = runs;
		this.painPoints = painPoints;
		this.texts = texts;
		this.centroids = new PainPointCentroids(new TextAnalysis(MiningLanguage.named(settings.language())));
		this.transactions = new TransactionTemplate(transactions);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@ApplicationModuleListener
	void on(TicketsImported imported) {
		this.runs.current().ifPresent((run) -> place(imported, run));
	}

	/**
	 * Places the import's tickets in the run.
	 * @return how many of them have a pain point of the run now
	 */
	long place(TicketsImported imported, MiningRun run) {
		List<PainPoints.Placed> placed = this.painPoints.centroids(run.id());
		if (placed.isEmpty()) {
			return 0;
		}
		long inPainPoints = 0;
		long after = imported.firstTicketId() - 1;
		while (true) {
			long from = after;
			Page page = inTransaction(() -> page(imported, run, placed, from));
			inPainPoints += page.placed();
			if (page.read() < BATCH) {
				return inPainPoints;
			}
			after = page.last();
		}
	}

	/**
	 * Another import or node may place the same ticket at the same moment; the page that
	 * loses is placed again, and then finds the ticket placed.
	 */
	private Page inTransaction(Supplier<Page> work) {
		for (int attempt = 1;; attempt++) {
			try {
				return this.transactions.execute((status) -> work.get());
			}
			catch (DataIntegrityViolationException ex) {
				if (attempt >= ATTEMPTS) {
					throw ex;
				}
			}
		}
	}

	private Page page(TicketsImported imported, MiningRun run, List<PainPoints.Placed> placed, long after) {
		List<ImportedTicket> tickets = this.texts.imported(imported, after, BATCH);
		if (tickets.isEmpty()) {
			return new Page(0, 0, after);
		}
		List<PainPointCentroid> vectors = placed.stream().map(PainPoints.Placed::centroid).toList();
		Map<Long, PainPointId> known = this.painPoints.assigned(run.id(),
				tickets.stream().map(ImportedTicket::id).toList());
		List<PainPoints.Placement> placements = new ArrayList<>(tickets.size());
		for (ImportedTicket ticket : tickets) {
			PainPointId point = known.get(ticket.id());
			if (point == null) {
				int nearest = this.centroids.nearest(text(ticket), vectors);
				point = (nearest >= 0) ? placed.get(nearest).id() : null;
			}
			placements.add(new PainPoints.Placement(TicketFacts.of(ticket), point));
		}
		this.painPoints.replace(run.id(), placements);
		long inPainPoints = placements.stream().filter((p) -> p.point() != null).count();
		return new Page(tickets.size(), inPainPoints, tickets.get(tickets.size() - 1).id());
	}

	private static String text(ImportedTicket ticket) {
		return ((ticket.title() != null) ? ticket.title() : "") + "\n"
				+ ((ticket.description() != null) ? ticket.description() : "");
	}

	/** How many tickets a page read and placed, and the last one's id. */
	private record Page(int read, long placed, long last) {
	}

}
