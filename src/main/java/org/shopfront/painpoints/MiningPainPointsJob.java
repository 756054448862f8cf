package org.shopfront.painpoints;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
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
import org.shopfront.painpoints.mining.MiningLanguage;
import org.shopfront.painpoints.mining.MiningResult;
import org.shopfront.painpoints.mining.PainPoint;
import org.shopfront.painpoints.mining.PainPointMiner;
import org.shopfront.painpoints.mining.TextAnalysis;
import org.shopfront.painpoints.mining.TicketText;
import org.shopfront.tickets.TicketTexts;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Re-mines every stored ticket into pain points: on demand from the board, or on the
 * schedule {@code shopfront.listening.pain-points.cron} (off unless set). The run reads
 * the tickets through {@link TicketTexts}, clusters them with the {@link PainPointMiner},
 * and has {@link StoringMiningRun} store what it found, writing its progress into its row
 * as it goes. The board keeps showing the previous run until the new one is finished.
 */
@Service
class MiningPainPointsJob implements DisposableBean {

	private static final Log log = LogFactory.getLog(MiningPainPointsJob.class);

	private static final int BATCH = 5_000;

	private final TicketTexts texts;

	private final MiningRuns runs;

	private final StoringMiningRun storing;

	private final PainPointSettings settings;

	private final Clock clock;

	private final ExecutorService executor = Executors.newSingleThreadExecutor((runnable) -> {
		Thread thread = new Thread(runnable, "pain-point-mining");
		thread.setDaemon(true);
		return thread;
	});

	MiningPainPointsJob(TicketTexts texts, MiningRuns runs, StoringMiningRun storing, PainPointSettings settings,
			Clock clock) {
		this.texts = texts;
		this.runs = runs;
		this.storing = storing;
		this.settings = settings;
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
			if (read.facts().isEmpty()) {
				this.storing.store(run, List.of(), read.facts(), new int[0]);
				return;
			}
			this.storing.progress(run, MiningPhase.CLUSTERING, 40, read.facts().size());
			PainPointMiner miner = new PainPointMiner(this.settings.options(read.tickets().size()));
			MiningResult result = miner.mine(read.tickets());
			this.storing.progress(run, MiningPhase.STORING, 80, read.facts().size());
			this.storing.store(run, found(read, result), read.facts(), result.assignments());
		}
		catch (RuntimeException ex) {
			log.error("Mining run " + run + " failed", ex);
			this.runs.fail(run, this.clock.instant());
		}
	}

	/** Every stored ticket's text and facts, in id order. */
	private Read read(MiningRunId run) {
		long total = Math.max(1, this.texts.count());
		List<TicketText> tickets = new ArrayList<>();
		List<TicketFacts> facts = new ArrayList<>();
		this.texts.forEach(0, (ticket) -> {
			tickets.add(TicketText.of(nullToEmpty(ticket.title()), nullToEmpty(ticket.description())));
			facts.add(TicketFacts.of(ticket));
			if (facts.size() % BATCH == 0) {
				this.storing.progress(run, MiningPhase.READING, (int) Math.min(39, facts.size() * 40 / total),
						facts.size());
			}
		});
		return new Read(tickets, facts);
	}

	/**
	 * The pain points as the board stores them: label terms that match a word of any
	 * caller's name are dropped, since the public page shows labels.
	 */
	private List<PainPoints.Found> found(Read read, MiningResult result) {
		int k = result.painPoints().size();
		TextAnalysis analysis = new TextAnalysis(MiningLanguage.named(this.settings.language()));
		List<String> texts = read.tickets().stream().map(TicketText::text).toList();
		List<PainPointCentroid> centroids = new PainPointCentroids(analysis).learn(texts, result.assignments(), k);
		Set<String> callers = callerWords();
		List<PainPoints.Found> found = new ArrayList<>();
		for (PainPoint p : result.painPoints()) {
			List<Long> examples = p.exampleTickets().stream().map((i) -> read.facts().get(i).ticket()).toList();
			List<String> terms = p.terms().stream().filter((term) -> !namesCaller(term, callers)).toList();
			String label = (terms.size() == p.terms().size()) ? p.label()
					: terms.isEmpty() ? "#" + (p.id() + 1) : String.join(", ", terms);
			found.add(new PainPoints.Found(new PainPointId(UUID.randomUUID()), p.id(), label, terms, p.size(), examples,
					centroids.get(p.id())));
		}
		return found;
	}

	/** The lower-case words of every caller's name. */
	private Set<String> callerWords() {
		Set<String> words = new HashSet<>();
		this.texts.callers((caller) -> {
			for (String word : caller.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
				if (word.length() > 1) {
					words.add(word);
				}
			}
		});
		return words;
	}

	private static boolean namesCaller(String term, Set<String> callerWords) {
		for (String word : term.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
			if (callerWords.contains(word)) {
				return true;
			}
		}
		return false;
	}

	private static String nullToEmpty(String text) {
		return (text != null) ? text : "";
	}

	@Override
	public void destroy() {
		// A run cut short stays RUNNING until it counts as stalled (see MiningRun).
		this.executor.shutdownNow();
	}

	private record Read(List<TicketText> tickets, List<TicketFacts> facts) {
	}

}
