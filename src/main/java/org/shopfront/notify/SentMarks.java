package org.shopfront.notify;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Marks sent deliveries in the outbox, those sent within one short window together: one
 * UPDATE (and one transaction) for all the mails several orders sent at about the same
 * time, where each order's mails cost one of their own (decision 0046). A delivery
 * waiting here is still claimed; should the node die before the mark, its lease runs out
 * and another node sends it again with the same Message-ID, as for a node that died
 * between the send and a mark of its own.
 */
@Component
class SentMarks {

	private static final Logger log = LoggerFactory.getLogger(SentMarks.class);

	private final Deliveries deliveries;

	private final TaskScheduler scheduler;

	private final TaskExecutor executor;

	private final Duration window;

	private final Clock clock;

	private final Queue<Outgoing> waiting = new ConcurrentLinkedQueue<>();

	private final AtomicBoolean due = new AtomicBoolean();

	SentMarks(Deliveries deliveries, TaskScheduler scheduler,
			@Qualifier("applicationTaskExecutor") TaskExecutor executor, NotifyProperties properties, Clock clock) {
		this.deliveries = deliveries;
		this.scheduler = scheduler;
		this.executor = executor;
		this.window = properties.delivery().markWindow();
		this.clock = clock;
	}

	/** Marks these deliveries sent at the end of the current window. */
	void add(List<Outgoing> sent) {
		this.waiting.addAll(sent);
		if (this.window.isZero()) {
			mark();
		}
		else if (this.due.compareAndSet(false, true)) {
			this.scheduler.schedule(() -> this.executor.execute(this::mark), this.clock.instant().plus(this.window));
		}
	}

	/** Marks every delivery waiting, in one statement. */
	@PreDestroy
	void mark() {
		this.due.set(false);
		List<Outgoing> batch = new ArrayList<>();
		for (Outgoing next = this.waiting.poll(); next != null; next = this.waiting.poll()) {
			batch.add(next);
		}
		if (batch.isEmpty()) {
			return;
		}
		try {
			this.deliveries.sent(batch, this.clock.instant());
		}
		catch (RuntimeException ex) {
			// They stay claimed: once their lease runs out a round sends them again.
			log.warn("{} sent deliveries not marked sent; they go out again after their lease: {}", batch.size(),
					ex.getMessage());
		}
	}

}
