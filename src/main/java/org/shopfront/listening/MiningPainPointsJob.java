package org.shopfront.listening;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.shopfront.listening.mining.MiningLanguage;
import org.shopfront.listening.mining.MiningResult;
import org.shopfront.listening.mining.PainPoint;
import org.shopfront.listening.mining.PainPointMiner;
import org.shopfront.listening.mining.TextAnalysis;
import org.shopfront.listening.mining.TicketText;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-mines every stored ticket into pain points: on demand from the board, or on the
 * schedule {@code shopfront.listening.pain-points.cron} (off unless set). The run reads
 * the tickets through {@link TicketTexts}, clusters them with the {@link PainPointMiner},
 * and stores the pain points, their centroids and the pain point of each ticket, writing
 * its progress into its row as it goes. The board keeps showing the previous run until
 * the new one is finished; improvements follow their pain point to the most similar one
 * of the new run.
 */
@Service
class MiningPainPointsJob implements DisposableBean {

	private static final Log log = LogFactory.getLog(MiningPainPointsJob.class);

	private static final int BATCH = 5_000;

	/** Least centroid similarity for an improvement to follow its pain point. */
	static final double FOLLOW = 0.3;

	private final TicketTexts texts;

	private final MiningRuns runs;

	private final PainPoints painPoints;

	private final Improvements improvements;

	private final PainPointSettings settings;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final ExecutorService executor = Executors.newSingleThreadExecutor((runnable) -> {
		Thread thread = new Thread(runnable, "pain-point-mining");
		thread.setDaemon(true);
		return thread;
	});

	MiningPainPointsJob(TicketTexts texts, MiningRuns runs, PainPoints painPoints, Improvements improvements,
			PainPointSettings settings, PlatformTransactionManager transactions, Clock clock) {
		this.texts = texts;
		this.runs = runs;
		this.painPoints = painPoints;
		this.improvements = improvements;
		this.settings = settings;
		this.transactions = new TransactionTemplate(transactions);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/**
	 * Starts a run in the background, unless one is running already.
	 * @return the new run, or empty when another run is still going
	 */
	Optional<MiningRunId> start(MiningTrigger trigger, String startedBy) {
		Optional<MiningRunId> id = this.runs.start(trigger, startedBy, this.settings.describe(), this.clock.instant());
		id.ifPresent((run) -> this.executor.execute(() -> mine(run)));
		return id;
	}

	/** Like {@link #start} but returns when the run has finished. */
	Optional<MiningRunId> mineNow(MiningTrigger trigger, String startedBy) {
		Optional<MiningRunId> id = this.runs.start(trigger, startedBy, this.settings.describe(), this.clock.instant());
		id.ifPresent(this::mine);
		return id;
	}

	/** Returns when the run started on this node, if any, has finished. */
	void awaitIdle() {
		try {
			this.executor.submit(() -> {
			}).get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Scheduled(cron = "${shopfront.listening.pain-points.cron:-}")
	void onSchedule() {
		start(MiningTrigger.SCHEDULE, null);
	}

	private void mine(MiningRunId run) {
		try {
			Read read = read(run);
			if (read.ids().isEmpty()) {
				finish(run, List.of(), read, new int[0]);
				return;
			}
			progress(run, MiningPhase.CLUSTERING, 40, read.ids().size());
			PainPointMiner miner = new PainPointMiner(this.settings.options(read.tickets().size()));
			MiningResult result = miner.mine(read.tickets());
			progress(run, MiningPhase.STORING, 80, read.ids().size());
			List<PainPoints.Found> found = found(read, result);
			finish(run, found, read, result.assignments());
		}
		catch (RuntimeException ex) {
			log.error("Mining run " + run + " failed", ex);
			this.runs.fail(run, this.clock.instant());
		}
	}

	/** Every stored ticket's text and id, in id order. */
	private Read read(MiningRunId run) {
		long total = Math.max(1, this.texts.count());
		List<TicketText> tickets = new ArrayList<>();
		List<Long> ids = new ArrayList<>();
		this.texts.forEach(0, (ticket) -> {
			tickets.add(TicketText.of(nullToEmpty(ticket.title()), nullToEmpty(ticket.description())));
			ids.add(ticket.id());
			if (ids.size() % BATCH == 0) {
				progress(run, MiningPhase.READING, (int) Math.min(39, ids.size() * 40 / total), ids.size());
			}
		});
		return new Read(tickets, ids);
	}

	private List<PainPoints.Found> found(Read read, MiningResult result) {
		int k = result.painPoints().size();
		TextAnalysis analysis = new TextAnalysis(MiningLanguage.named(this.settings.language()));
		List<String> texts = read.tickets().stream().map(TicketText::text).toList();
		List<PainPointCentroid> centroids = new PainPointCentroids(analysis).learn(texts, result.assignments(), k);
		Set<String> callers = this.painPoints.callerWords();
		List<PainPoints.Found> found = new ArrayList<>();
		for (PainPoint p : result.painPoints()) {
			List<Long> examples = p.exampleTickets().stream().map((i) -> read.ids().get(i)).toList();
			List<String> terms = p.terms().stream().filter((term) -> !namesCaller(term, callers)).toList();
			String label = (terms.size() == p.terms().size()) ? p.label()
					: terms.isEmpty() ? "#" + (p.id() + 1) : String.join(", ", terms);
			found.add(new PainPoints.Found(new PainPointId(UUID.randomUUID()), p.id(), label, terms, p.size(), examples,
					centroids.get(p.id())));
		}
		return found;
	}

	private static boolean namesCaller(String term, Set<String> callerWords) {
		for (String word : term.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
			if (callerWords.contains(word)) {
				return true;
			}
		}
		return false;
	}

	private void finish(MiningRunId run, List<PainPoints.Found> found, Read read, int[] assignments) {
		this.transactions.executeWithoutResult((status) -> this.painPoints.add(run, found));
		long[] ids = read.ids().stream().mapToLong(Long::longValue).toArray();
		PainPointId[] points = new PainPointId[ids.length];
		for (int i = 0; i < ids.length; i++) {
			points[i] = (assignments[i] >= 0) ? found.get(assignments[i]).id() : null;
		}
		for (int start = 0; start < ids.length; start += BATCH) {
			int from = start;
			int to = Math.min(ids.length, from + BATCH);
			this.transactions.executeWithoutResult((status) -> this.painPoints.assign(run, ids, points, from, to));
			progress(run, MiningPhase.STORING, 80 + (int) (19L * to / ids.length), ids.length);
		}
		long last = (ids.length == 0) ? 0 : ids[ids.length - 1];
		this.transactions.executeWithoutResult((status) -> {
			this.runs.finish(run, found.size(), last, this.clock.instant());
			follow(run, found);
			this.runs.olderFinished(run).forEach(this.painPoints::forgetAssignments);
		});
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

	private void progress(MiningRunId run, MiningPhase phase, int percent, long tickets) {
		this.transactions
			.executeWithoutResult((status) -> this.runs.progress(run, phase, percent, tickets, this.clock.instant()));
	}

	private static String nullToEmpty(String text) {
		return (text != null) ? text : "";
	}

	@Override
	public void destroy() {
		// A run cut short stays RUNNING until it counts as stalled (see MiningRun).
		this.executor.shutdownNow();
	}

	private record Read(List<TicketText> tickets, List<Long> ids) {
	}

}
