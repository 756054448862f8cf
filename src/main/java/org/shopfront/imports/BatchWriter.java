package org.shopfront.imports;

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
 * database uses more than one core. A batch holding an item (by the target's key) that a
 * batch still being written holds too waits for it, so the later row of a file still
 * wins; a batch that lost a deadlock to another import is written again.
 *
 * @param <T> what a good row becomes
 */
final class BatchWriter<T> implements RowWriter<T> {

	private static final int ATTEMPTS = 3;

	private final ImportRunId run;

	private final ImportTarget<?, T> target;

	private final ImportRuns runs;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final ImportLimits limits;

	private final LongSupplier bytesRead;

	private final ExecutorService writer;

	private final int writers;

	private final Deque<Written> pending = new ArrayDeque<>();

	/** A batch being written, and its items' keys. */
	private record Written(CompletableFuture<Void> future, Set<Object> keys) {
	}

	private List<T> batch;

	private List<Rejection> rejections = new ArrayList<>();

	private long rowsRead;

	private long rowsReadHandedOver;

	private long rowsRejected;

	private long rowsRejectedHandedOver;

	private int rejectionsKept;

	BatchWriter(ImportRunId run, ImportTarget<?, T> target, ImportRuns runs, TransactionTemplate transactions,
			Clock clock, ImportLimits limits, LongSupplier bytesRead) {
		this.run = run;
		this.target = target;
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

	@Override
	public void row(T item, List<Rejection> reasons) {
		this.rowsRead++;
		if (item != null) {
			this.batch.add(item);
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
		List<T> items = this.batch;
		List<Rejection> rejected = this.rejections;
		int firstSeq = this.rejectionsKept - rejected.size();
		ImportProgress added = new ImportProgress(this.bytesRead.getAsLong(), this.rowsRead - this.rowsReadHandedOver,
				items.size(), this.rowsRejected - this.rowsRejectedHandedOver);
		this.rowsReadHandedOver = this.rowsRead;
		this.rowsRejectedHandedOver = this.rowsRejected;
		this.batch = new ArrayList<>(this.limits.batchSize());
		this.rejections = new ArrayList<>();
		Set<Object> keys = new HashSet<>(items.size() * 2);
		for (T item : items) {
			Object key = this.target.key(item);
			if (key != null) {
				keys.add(key);
			}
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
				CompletableFuture.runAsync(() -> write(items, rejected, firstSeq, added), this.writer), keys));
	}

	@Override
	public void finish() {
		flush();
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

	private void write(List<T> items, List<Rejection> rejected, int firstSeq, ImportProgress added) {
		for (int attempt = 1;; attempt++) {
			try {
				this.transactions.executeWithoutResult(status -> {
					if (!items.isEmpty()) {
						this.target.write(items, this.run);
					}
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
