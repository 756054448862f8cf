package org.shopfront.demo;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Fills an empty database with the demo, one step after the other in the order given (see
 * {@link DemoConfiguration}), each step in a transaction of its own unless it asks not
 * to. It is the first of the runners, so that the backfills after it (the scoreboard's)
 * count what it wrote.
 */
class DemoData implements ApplicationRunner, Ordered {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final List<DemoStep> steps;

	private final TransactionOperations transactions;

	private final DemoSeeding seeding;

	DemoData(List<DemoStep> steps, TransactionOperations transactions, DemoSeeding seeding) {
		this.steps = List.copyOf(steps);
		this.transactions = transactions;
		this.seeding = seeding;
	}

	@Override
	public void run(ApplicationArguments args) {
		seed();
	}

	/** Runs the steps that are due, in order, and returns the names of those that ran. */
	List<String> seed() {
		long started = System.nanoTime();
		List<String> ran = new ArrayList<>();
		this.seeding.begin();
		try {
			for (DemoStep step : this.steps) {
				long stepStarted = System.nanoTime();
				String added = step.inATransaction() ? this.transactions.execute((status) -> seed(step)) : seed(step);
				if (added != null) {
					log.info("Demo {}: {} in {} ms", step.name(), added, millisSince(stepStarted));
					ran.add(step.name());
				}
			}
		}
		finally {
			this.seeding.end();
		}
		if (!ran.isEmpty()) {
			log.info("Demo data: {} seeded in {} ms", String.join(", ", ran), millisSince(started));
		}
		return ran;
	}

	private static String seed(DemoStep step) {
		return step.due() ? step.seed() : null;
	}

	/** The steps' names in the order they run. */
	List<String> stepNames() {
		return this.steps.stream().map(DemoStep::name).toList();
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	private static long millisSince(long started) {
		return (System.nanoTime() - started) / 1_000_000;
	}

}
