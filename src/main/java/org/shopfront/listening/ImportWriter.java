package org.shopfront.listening;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.LongSupplier;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * Collects the rows of one import into batches and writes each batch, its rejected rows
 * and the run's progress in one transaction: a crash loses at most the batches in hand,
 * and the counts on the page always match what is stored. Batches are written on a thread
 * of their own while the next one is read (at most one batch waits), so reading the file
 * and the database's work overlap instead of taking turns.
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

	private CompletableFuture<Void> pending = CompletableFuture.completedFuture(null);

	private List<Ticket> batch;

	private List<Rejection> rejections = new ArrayList<>();

	private long rowsRead;

	private long rowsImported;

	private long rowsRejected;

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
		this.writer = Executors.newSingleThreadExecutor(runnable -> {
			Thread thread = new Thread(runnable, Thread.currentThread().getName() + "-writer");
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
	 * Hands what is in hand to the writing thread, after the batch before it has been
	 * written.
	 */
	void flush() {
		List<Ticket> tickets = this.batch;
		List<Rejection> rejected = this.rejections;
		int firstSeq = this.rejectionsKept - rejected.size();
		this.rowsImported += tickets.size();
		ImportProgress progress = new ImportProgress(this.bytesRead.getAsLong(), this.rowsRead, this.rowsImported,
				this.rowsRejected);
		this.batch = new ArrayList<>(this.limits.batchSize());
		this.rejections = new ArrayList<>();
		awaitWritten();
		this.pending = CompletableFuture.runAsync(() -> write(tickets, rejected, firstSeq, progress), this.writer);
	}

	/** Waits until everything handed over is written, and rethrows what went wrong. */
	void awaitWritten() {
		try {
			this.pending.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw ex;
		}
	}

	private void write(List<Ticket> tickets, List<Rejection> rejected, int firstSeq, ImportProgress progress) {
		this.transactions.executeWithoutResult(status -> {
			this.tickets.upsert(tickets, this.run, this.clock.instant());
			this.runs.reject(this.run, firstSeq, rejected);
			this.runs.progress(this.run, progress, this.clock.instant());
		});
	}

	@Override
	public void close() {
		this.writer.shutdownNow();
	}

}
