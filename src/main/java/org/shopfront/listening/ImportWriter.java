package org.shopfront.listening;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * Collects the rows of one import into batches and writes each batch, its rejected rows
 * and the run's progress in one transaction: a crash loses at most the batch in hand, and
 * the counts on the page always match what is stored.
 */
final class ImportWriter implements RowSink {

	private final ImportRunId run;

	private final Tickets tickets;

	private final ImportRuns runs;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final ImportLimits limits;

	private final LongSupplier bytesRead;

	private final List<Ticket> batch;

	private final List<Rejection> rejections = new ArrayList<>();

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
	}

	@Override
	public void row(long row, Ticket ticket, List<Rejection> reasons) {
		this.rowsRead++;
		if (ticket != null) {
			this.batch.add(ticket);
		}
		else {
			this.rowsRejected++;
			for (Rejection reason : reasons) {
				if (this.rejectionsKept + this.rejections.size() < this.limits.rejectionsKept()) {
					this.rejections.add(reason);
				}
			}
		}
		if (this.batch.size() >= this.limits.batchSize() || this.rejections.size() >= this.limits.batchSize()) {
			flush();
		}
	}

	/** Writes what is in hand; called once more at the end of the file. */
	void flush() {
		this.transactions.executeWithoutResult(status -> {
			this.tickets.upsert(this.batch, this.run, this.clock.instant());
			this.runs.reject(this.run, this.rejectionsKept, this.rejections);
			this.runs.progress(this.run, progress(this.batch.size()), this.clock.instant());
		});
		this.rowsImported += this.batch.size();
		this.rejectionsKept += this.rejections.size();
		this.batch.clear();
		this.rejections.clear();
	}

	ImportProgress progress() {
		return progress(0);
	}

	private ImportProgress progress(int inHand) {
		return new ImportProgress(this.bytesRead.getAsLong(), this.rowsRead, this.rowsImported + inHand,
				this.rowsRejected);
	}

}
