package org.shopfront.painpoints.mining;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs work over index ranges on a fixed number of threads. Ranges are fixed by the
 * thread count, and callers write only to their own range, so results do not depend on
 * scheduling.
 */
final class Parallel implements AutoCloseable {

	private final int threads;

	private final ExecutorService executor;

	Parallel(int threads) {
		this.threads = Math.max(1, threads);
		this.executor = (this.threads == 1) ? null : Executors.newFixedThreadPool(this.threads, (runnable) -> {
			Thread thread = new Thread(runnable, "mining");
			thread.setDaemon(true);
			return thread;
		});
	}

	int threads() {
		return this.threads;
	}

	/**
	 * Calls {@code work.run(part, from, to)} for each of {@link #threads()} parts of
	 * 0..n.
	 */
	void forParts(int n, Range work) {
		if (this.executor == null || n < 64) {
			work.run(0, 0, n);
			return;
		}
		List<Future<?>> futures = new ArrayList<>();
		for (int part = 0; part < this.threads; part++) {
			int from = (int) ((long) n * part / this.threads);
			int to = (int) ((long) n * (part + 1) / this.threads);
			int p = part;
			futures.add(this.executor.submit(() -> work.run(p, from, to)));
		}
		for (Future<?> future : futures) {
			try {
				future.get();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			catch (ExecutionException ex) {
				if (ex.getCause() instanceof RuntimeException runtime) {
					throw runtime;
				}
				throw new IllegalStateException(ex.getCause());
			}
		}
	}

	@Override
	public void close() {
		if (this.executor != null) {
			this.executor.shutdownNow();
		}
	}

	/** Work on the indexes {@code from} (inclusive) to {@code to} (exclusive). */
	interface Range {

		void run(int part, int from, int to);

	}

}
