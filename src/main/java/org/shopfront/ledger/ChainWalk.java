package org.shopfront.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A {@link ChainCheck} on a thread of its own, fed in batches: while the caller's thread
 * reads and decodes the next rows from the database, this one hashes and judges the rows
 * before, so a walk uses two cores instead of one.
 */
final class ChainWalk implements AutoCloseable {

	private static final int BATCH = 1_000;

	private static final List<LedgerEntry> END = List.of();

	private final BlockingQueue<List<LedgerEntry>> batches = new ArrayBlockingQueue<>(16);

	private final ChainCheck check = new ChainCheck();

	private final AtomicReference<RuntimeException> failure = new AtomicReference<>();

	private final Thread checker;

	private List<LedgerEntry> batch = new ArrayList<>(BATCH);

	ChainWalk() {
		this.checker = new Thread(this::check, "ledger-chain-check");
		this.checker.setDaemon(true);
		this.checker.start();
	}

	void accept(LedgerEntry entry) {
		this.batch.add(entry);
		if (this.batch.size() == BATCH) {
			hand(this.batch);
			this.batch = new ArrayList<>(BATCH);
		}
	}

	ChainReport finish(long headSequence, String headHash) {
		hand(this.batch);
		hand(END);
		try {
			this.checker.join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while checking the ledger", ex);
		}
		if (this.failure.get() != null) {
			throw this.failure.get();
		}
		return this.check.finish(headSequence, headHash);
	}

	@Override
	public void close() {
		this.checker.interrupt();
	}

	private void hand(List<LedgerEntry> entries) {
		try {
			while (!this.batches.offer(entries, 1, java.util.concurrent.TimeUnit.SECONDS)) {
				if (!this.checker.isAlive()) {
					throw (this.failure.get() != null) ? this.failure.get()
							: new IllegalStateException("The ledger check stopped");
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while checking the ledger", ex);
		}
	}

	private void check() {
		try {
			for (List<LedgerEntry> entries = this.batches.take(); entries != END; entries = this.batches.take()) {
				entries.forEach(this.check::accept);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (RuntimeException ex) {
			this.failure.set(ex);
		}
	}

}
