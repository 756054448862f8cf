package org.shopfront.imports;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * Collects an import's rows into batches for a file that is stored whole or not at all,
 * and hands each batch to the thread that writes them in the import's transaction
 * ({@link WholeFileImport}); after each batch it records the run's progress (rows read
 * and rejected) in a transaction of its own, so that the page follows the run while
 * nothing is committed. After the first rejected row nothing more is written, since the
 * transaction will be rolled back; the rows are still read, so the report lists every
 * rejection (up to the limit). Skipped rows and values fail nothing: they are only
 * listed.
 *
 * @param <T> what a good row becomes
 */
final class WholeFileWriter<T> implements RowWriter<T> {

	private final ImportRunId run;

	private final Consumer<List<T>> batches;

	private final ImportRuns runs;

	private final TransactionTemplate progressTransactions;

	private final Clock clock;

	private final ImportLimits limits;

	private final LongSupplier bytesRead;

	private final List<Rejection> kept = new ArrayList<>();

	private final List<Rejection> skips = new ArrayList<>();

	private List<T> batch = new ArrayList<>();

	private long rowsRead;

	private long rowsReadReported;

	private long rowsRejected;

	private long rowsRejectedReported;

	private long rowsSkipped;

	private long rowsSkippedReported;

	private long written;

	WholeFileWriter(ImportRunId run, Consumer<List<T>> batches, ImportRuns runs,
			TransactionTemplate progressTransactions, Clock clock, ImportLimits limits, LongSupplier bytesRead) {
		this.run = run;
		this.batches = batches;
		this.runs = runs;
		this.progressTransactions = progressTransactions;
		this.clock = clock;
		this.limits = limits;
		this.bytesRead = bytesRead;
	}

	@Override
	public void row(T item, List<Rejection> rejections, List<Rejection> skipped) {
		this.rowsRead++;
		if (item == null && rejections.isEmpty()) {
			this.rowsSkipped++;
		}
		else if (item == null) {
			this.rowsRejected++;
			this.batch.clear();
			keep(rejections, this.kept);
		}
		else if (this.rowsRejected == 0) {
			this.batch.add(item);
		}
		keep(skipped, this.skips);
		if (this.batch.size() >= this.limits.batchSize()
				|| this.rowsRead - this.rowsReadReported >= this.limits.batchSize()) {
			writeBatch();
		}
	}

	@Override
	public void finish() {
		writeBatch();
	}

	/** How many rows were rejected. */
	long rejected() {
		return this.rowsRejected;
	}

	/** How many rows were read. */
	long read() {
		return this.rowsRead;
	}

	/**
	 * How many items were handed on to be written (and are stored if the transaction
	 * commits).
	 */
	long written() {
		return this.written;
	}

	/** The rejections the report lists. */
	List<Rejection> kept() {
		return this.kept;
	}

	/** The skipped values the report lists, after the rejections. */
	List<Rejection> skips() {
		return this.skips;
	}

	private void keep(List<Rejection> notes, List<Rejection> into) {
		for (Rejection note : notes) {
			if (this.kept.size() + this.skips.size() < this.limits.rejectionsKept()) {
				into.add(note);
			}
		}
	}

	private void writeBatch() {
		if (!this.batch.isEmpty()) {
			this.batches.accept(this.batch);
			this.written += this.batch.size();
			this.batch = new ArrayList<>();
		}
		ImportProgress progress = new ImportProgress(this.bytesRead.getAsLong(), this.rowsRead - this.rowsReadReported,
				0, this.rowsRejected - this.rowsRejectedReported, this.rowsSkipped - this.rowsSkippedReported);
		this.rowsReadReported = this.rowsRead;
		this.rowsRejectedReported = this.rowsRejected;
		this.rowsSkippedReported = this.rowsSkipped;
		this.progressTransactions
			.executeWithoutResult((status) -> this.runs.progress(this.run, progress, this.clock.instant()));
	}

	@Override
	public void close() {
		// Nothing of its own to release: the writing thread is the import's.
	}

}
