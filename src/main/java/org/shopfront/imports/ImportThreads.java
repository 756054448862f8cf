package org.shopfront.imports;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The threads that read uploaded files, so that a long import never holds a web request:
 * two imports at a time, more wait their turn rather than share the cores. Deliberately
 * not an {@code Executor} bean, which would replace the application's own task executor
 * (the one event listeners run on).
 */
@Component
class ImportThreads implements DisposableBean {

	private final ExecutorService executor;

	ImportThreads() {
		AtomicInteger count = new AtomicInteger();
		ThreadFactory threads = runnable -> {
			Thread thread = new Thread(runnable, "import-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
		this.executor = Executors.newFixedThreadPool(2, threads);
	}

	void run(Runnable importing) {
		this.executor.execute(importing);
	}

	@Override
	public void destroy() {
		// A run cut short stays RUNNING and its page shows it as stalled (see ImportRun).
		this.executor.shutdownNow();
	}

}
