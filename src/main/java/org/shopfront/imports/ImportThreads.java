package org.shopfront.imports;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The threads that read uploaded files, so that a long import never holds a web request:
 * two imports at a time, more wait their turn rather than share the cores; and the
 * threads that read a whole-file import's rows ahead of the thread writing them, one per
 * import that reads ahead. Deliberately not an {@code Executor} bean, which would replace
 * the application's own task executor (the one event listeners run on).
 */
@Component
class ImportThreads implements DisposableBean {

	private final ExecutorService executor;

	private final ExecutorService readers;

	ImportThreads() {
		this.executor = Executors.newFixedThreadPool(2, named("import-"));
		this.readers = Executors.newCachedThreadPool(named("import-reader-"));
	}

	void run(Runnable importing) {
		this.executor.execute(importing);
	}

	/** Starts reading rows ahead of the thread that writes them. */
	<V> Future<V> readAhead(Callable<V> reading) {
		return this.readers.submit(reading);
	}

	@Override
	public void destroy() {
		// A run cut short stays RUNNING and its page shows it as stalled (see ImportRun).
		this.executor.shutdownNow();
		this.readers.shutdownNow();
	}

	private static ThreadFactory named(String prefix) {
		AtomicInteger count = new AtomicInteger();
		return (runnable) -> {
			Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

}
