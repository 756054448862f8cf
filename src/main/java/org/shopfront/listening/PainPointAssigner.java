package org.shopfront.listening;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.shopfront.listening.mining.MiningLanguage;
import org.shopfront.listening.mining.TextAnalysis;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Places tickets that arrived after the current mining run at the nearest of its pain
 * points, every {@code shopfront.listening.pain-points.assign-every} (30 s). The import
 * publishes no event, so this follows the growing ticket ids instead: the run remembers
 * the newest ticket it has placed, and moving that mark is a conditional update, so with
 * several nodes each ticket is placed once. A ticket that shares no word with any pain
 * point stays unplaced.
 */
@Service
class PainPointAssigner {

	private static final int BATCH = 5_000;

	private final MiningRuns runs;

	private final PainPoints painPoints;

	private final TicketTexts texts;

	private final PainPointCentroids centroids;

	PainPointAssigner(MiningRuns runs, PainPoints painPoints, TicketTexts texts, PainPointSettings settings) {
		this.runs = runs;
		this.painPoints = painPoints;
		this.texts = texts;
		this.centroids = new PainPointCentroids(new TextAnalysis(MiningLanguage.named(settings.language())));
	}

	/** Places every ticket newer than the current run's mark; returns how many. */
	@Scheduled(initialDelayString = "${shopfront.listening.pain-points.assign-every:30s}",
			fixedDelayString = "${shopfront.listening.pain-points.assign-every:30s}")
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public int assignNew() {
		Optional<MiningRun> current = this.runs.current();
		if (current.isEmpty()) {
			return 0;
		}
		MiningRun run = current.get();
		List<PainPoints.Placed> placed = this.painPoints.centroids(run.id());
		if (placed.isEmpty()) {
			return 0;
		}
		List<PainPointCentroid> vectors = placed.stream().map(PainPoints.Placed::centroid).toList();
		List<Long> ids = new ArrayList<>();
		List<PainPointId> points = new ArrayList<>();
		long[] last = { run.lastTicketId() };
		this.texts.forEach(run.lastTicketId(), (ticket) -> {
			if (ids.size() >= BATCH) {
				return;
			}
			int nearest = this.centroids.nearest(text(ticket), vectors);
			ids.add(ticket.id());
			points.add((nearest >= 0) ? placed.get(nearest).id() : null);
			last[0] = ticket.id();
		});
		if (ids.isEmpty() || !this.runs.advance(run.id(), run.lastTicketId(), last[0])) {
			return 0;
		}
		this.painPoints.assign(run.id(), ids.stream().mapToLong(Long::longValue).toArray(),
				points.toArray(PainPointId[]::new), 0, ids.size());
		return (int) points.stream().filter((p) -> p != null).count();
	}

	private static String text(ImportedTicket ticket) {
		return ((ticket.title() != null) ? ticket.title() : "") + "\n"
				+ ((ticket.description() != null) ? ticket.description() : "");
	}

}
