package org.shopfront.tickets;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.LongSupplier;

import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Collects the rows of one import into batches and writes each batch, its rejected rows
 * and what it adds to the run's counts in one transaction: a crash loses at most the
 * batches in hand, and the counts on the page always match what is stored. Batches are
 * written on threads of their own while the next one is read, {@code writers} at a time
 * on as many connections, so reading the file and the database's work overlap and the
 * database uses more than one core. A batch holding a ticket that a batch still being
 * written holds too waits for it, so the later row of a file still wins; a batch that
 * lost a deadlock to another import is written again.
 */
final class ImportWriter implements AutoCloseable {

	private final ImportRunId run;

	private final Tickets tickets;

	private final ImportRuns runs;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final ImportLimits limits;

	private final LongSupplier bytesRead;

	private final ExecutorService writer;

	private static final int ATTEMPTS = 3;

	private final int writers;

	private final Deque<Written> pending = new ArrayDeque<>();

	/** A batch being written, and its tickets' keys. */
	private record Written(CompletableFuture<Void> future, Set<String> keys) {
	}

	private List<Ticket> batch;

	private List<Rejection> rejections = new ArrayList<>();

	private long rowsRead;

	private long rowsReadHandedOver;

	private long rowsRejected;

	private long rowsRejectedHandedOver;

	private int rejectionsKept;

	ImportWriter(ImportRunId run, Tickets tickets, ImportRuns runs, TransactionTemplate transactions, Clock clock,
			ImportLimits limits, LongSupplier bytesRead) {
		this.run = run;
		this.tickets = tickets;
		this.runs = runs;
		this.transactions = transactions;
		this.clock = clock;
		this.limits = limits;
		this.bytesRead = bytesRead;
		this.batch = new ArrayList<>(limits.batchSize());
		this.writers = Math.max(1, limits.writers());
		String name = Thread.currentThread().getName() + "-writer";
		this.writer = Executors.newFixedThreadPool(this.writers, runnable -> {
			Thread thread = new Thread(runnable, name);
			thread.setDaemon(true);
			return thread;
		});
	}

	/** Takes one row of the file: a ticket, or the reasons it was rejected. */
	void row(Ticket ticket, List<Rejection> reasons) {
		this.rowsRead++;
		if (ticket != null) {
			this.batch.add(ticket);
		}
		else {
			this.rowsRejected++;
			for (Rejection reason : reasons) {
				if (this.rejectionsKept < this.limits.rejectionsKept()) {
					this.rejections.add(reason);
					this.rejectionsKept++;
				}
			}
		}
		if (this.batch.size() >= this.limits.batchSize() || this.rejections.size() >= this.limits.batchSize()) {
			flush();
		}
	}

	/**
	 * Hands what is in hand to a writing thread, once fewer than {@code writers} batches
	 * are being written.
	 */
	void flush() {
		List<Ticket> tickets = this.batch;
		List<Rejection> rejected = this.rejections;
		int firstSeq = this.rejectionsKept - rejected.size();
		ImportProgress added = new ImportProgress(this.bytesRead.getAsLong(), this.rowsRead - this.rowsReadHandedOver,
				tickets.size(), this.rowsRejected - this.rowsRejectedHandedOver);
		this.rowsReadHandedOver = this.rowsRead;
		this.rowsRejectedHandedOver = this.rowsRejected;
		this.batch = new ArrayList<>(this.limits.batchSize());
		this.rejections = new ArrayList<>();
		Set<String> keys = new HashSet<>(tickets.size() * 2);
		for (Ticket ticket : tickets) {
			keys.add(ticket.source() + '\n' + ticket.number());
		}
		while (this.pending.size() >= this.writers) {
			join(this.pending.removeFirst().future());
		}
		for (Written earlier : List.copyOf(this.pending)) {
			if (!Collections.disjoint(earlier.keys(), keys)) {
				join(earlier.future());
				this.pending.remove(earlier);
			}
		}
		this.pending.addLast(new Written(
				CompletableFuture.runAsync(() -> write(tickets, rejected, firstSeq, added), this.writer), keys));
	}

	/** Waits until everything handed over is written, and rethrows what went wrong. */
	void awaitWritten() {
		RuntimeException failure = null;
		while (!this.pending.isEmpty()) {
			try {
				join(this.pending.removeFirst().future());
			}
			catch (RuntimeException ex) {
				failure = (failure != null) ? failure : ex;
			}
		}
		if (failure != null) {
			throw failure;
		}
	}

	private static void join(CompletableFuture<Void> written) {
		try {
			written.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw ex;
		}
	}

	private void write(List<Ticket> tickets, List<Rejection> rejected, int firstSeq, ImportProgress added) {
		for (int attempt = 1;; attempt++) {
			try {
				this.transactions.executeWithoutResult(status -> {
					this.tickets.upsert(tickets, this.run, this.clock.instant());
					this.runs.reject(this.run, firstSeq, rejected);
					this.runs.progress(this.run, added, this.clock.instant());
				});
				return;
			}
			catch (PessimisticLockingFailureException ex) {
				if (attempt >= ATTEMPTS) {
					throw ex;
				}
			}
		}
	}

	@Override
	public void close() {
		this.writer.shutdownNow();
	}

}
