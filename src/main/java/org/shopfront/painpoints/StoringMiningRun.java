package org.shopfront.painpoints;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.shopfront.tickets.TicketTexts;
import org.shopfront.tickets.TicketsImported;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores what a mining run found: its pain points, the place and facts of every ticket
 * (in transactions of {@value #BATCH}, each followed by the run's progress), then, in one
 * transaction, the run as finished (from then on the board shows it), its improvements
 * moved to the new pain point most like their old one, and older runs' places forgotten.
 * Last it places again the imports that finished while it mined: their events may have
 * been handled against the run before, and the run's read may have missed them.
 */
@Component
class StoringMiningRun {

	/** Least centroid similarity for an improvement to follow its pain point. */
	static final double FOLLOW = 0.3;

	/**
	 * How long before the run's start an import counts as finished while it mined: a push
	 * stamps its finish inside the transaction that stores its tickets, so it can commit
	 * just after a run has begun reading; and nodes' clocks differ a little.
	 */
	static final Duration SETTLING = Duration.ofSeconds(10);

	private static final int BATCH = 5_000;

	private final MiningRuns runs;

	private final PainPoints painPoints;

	private final Improvements improvements;

	private final PainPointAssigner assigner;

	private final TicketTexts texts;

	private final TransactionTemplate transactions;

	private final Clock clock;

	StoringMiningRun(MiningRuns runs, PainPoints painPoints, Improvements improvements, PainPointAssigner assigner,
			TicketTexts texts, PlatformTransactionManager transactions, Clock clock) {
		this.runs = runs;
		this.painPoints = painPoints;
		this.improvements = improvements;
		this.assigner = assigner;
		this.texts = texts;
		this.transactions = new TransactionTemplate(transactions);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/**
	 * @param facts every ticket read, in the order mined
	 * @param assignments the pain point (position in {@code found}) of each ticket, or -1
	 */
	void store(MiningRunId run, List<PainPoints.Found> found, List<TicketFacts> facts, int[] assignments) {
		this.transactions.executeWithoutResult((status) -> this.painPoints.add(run, found));
		for (int from = 0; from < facts.size(); from += BATCH) {
			int to = Math.min(facts.size(), from + BATCH);
			List<PainPoints.Placement> placements = new ArrayList<>(to - from);
			for (int i = from; i < to; i++) {
				placements.add(new PainPoints.Placement(facts.get(i),
						(assignments[i] >= 0) ? found.get(assignments[i]).id() : null));
			}
			this.transactions.executeWithoutResult((status) -> this.painPoints.assign(run, placements));
			progress(run, MiningPhase.STORING, 80 + (int) (19L * to / facts.size()), facts.size());
		}
		long last = facts.isEmpty() ? 0 : facts.get(facts.size() - 1).ticket();
		this.transactions.executeWithoutResult((status) -> {
			this.runs.finish(run, found.size(), last, this.clock.instant());
			follow(run, found);
			this.runs.olderFinished(run).forEach(this.painPoints::forgetAssignments);
		});
		MiningRun finished = this.runs.find(run).orElseThrow();
		for (TicketsImported imported : this.texts.importedSince(finished.startedAt().minus(SETTLING))) {
			this.assigner.place(imported, finished);
		}
	}

	void progress(MiningRunId run, MiningPhase phase, int percent, long tickets) {
		this.transactions
			.executeWithoutResult((status) -> this.runs.progress(run, phase, percent, tickets, this.clock.instant()));
	}

	/** Moves each improvement of an older run to the new pain point most like its own. */
	private void follow(MiningRunId run, List<PainPoints.Found> found) {
		for (Improvements.Attached attached : this.improvements.attachedOutside(run)) {
			PainPointId best = null;
			double bestSimilarity = FOLLOW;
			for (PainPoints.Found candidate : found) {
				double similarity = attached.centroid().similarity(candidate.centroid());
				if (similarity >= bestSimilarity) {
					best = candidate.id();
					bestSimilarity = similarity;
				}
			}
			if (best != null) {
				this.improvements.reattach(attached.id(), best);
			}
		}
	}

}
