package org.shopfront.imports;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes an import's rows in the transaction it is called in, for a file that is stored
 * whole or not at all: batch after batch on the reading thread, and after each batch the
 * run's progress (rows read and rejected) in a transaction of its own, so that the page
 * follows the run while nothing is committed. After the first rejected row nothing more
 * is written, since the transaction will be rolled back; the rows are still read, so the
 * report lists every rejection (up to the limit).
 *
 * @param <T> what a good row becomes
 */
final class WholeFileWriter<T> implements RowWriter<T> {

	private final ImportRunId run;

	private final ImportTarget<?, T> target;

	private final ImportRuns runs;

	private final TransactionTemplate progressTransactions;

	private final Clock clock;

	private final ImportLimits limits;

	private final LongSupplier bytesRead;

	private final List<Rejection> kept = new ArrayList<>();

	private List<T> batch = new ArrayList<>();

	private long rowsRead;

	private long rowsReadReported;

	private long rowsRejected;

	private long rowsRejectedReported;

	private long written;

	WholeFileWriter(ImportRunId run, ImportTarget<?, T> target, ImportRuns runs,
			TransactionTemplate progressTransactions, Clock clock, ImportLimits limits, LongSupplier bytesRead) {
		this.run = run;
		this.target = target;
		this.runs = runs;
		this.progressTransactions = progressTransactions;
		this.clock = clock;
		this.limits = limits;
		this.bytesRead = bytesRead;
	}

	@Override
	public void row(T item, List<Rejection> rejections) {
		this.rowsRead++;
		if (item == null) {
			this.rowsRejected++;
			this.batch.clear();
			for (Rejection rejection : rejections) {
				if (this.kept.size() < this.limits.rejectionsKept()) {
					this.kept.add(rejection);
				}
			}
		}
		else if (this.rowsRejected == 0) {
			this.batch.add(item);
		}
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

	/** How many items were written (and are stored if the transaction commits). */
	long written() {
		return this.written;
	}

	/** The rejections the report lists. */
	List<Rejection> kept() {
		return this.kept;
	}

	private void writeBatch() {
		if (!this.batch.isEmpty()) {
			this.target.write(this.batch, this.run);
			this.written += this.batch.size();
			this.batch = new ArrayList<>();
		}
		ImportProgress progress = new ImportProgress(this.bytesRead.getAsLong(), this.rowsRead - this.rowsReadReported,
				0, this.rowsRejected - this.rowsRejectedReported);
		this.rowsReadReported = this.rowsRead;
		this.rowsRejectedReported = this.rowsRejected;
		this.progressTransactions
			.executeWithoutResult((status) -> this.runs.progress(this.run, progress, this.clock.instant()));
	}

	@Override
	public void close() {
		// Nothing of its own to release: it writes on the calling thread.
	}

}
