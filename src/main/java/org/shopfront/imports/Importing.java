package org.shopfront.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.shopfront.shared.tabular.TextInput;
import tools.jackson.databind.ObjectMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports files for any {@link ImportTarget}: checks a file whole first (a file that is
 * empty, not text, or lacks the columns its mapping requires is refused and nothing is
 * recorded), records the run, then reads it row by row, keeping good rows and reporting
 * rejected ones, batch by batch or the whole file in one transaction. The upload page's
 * imports run in the background while the page polls the run; commands and tests wait for
 * the end. Items a module already holds (a push to an API) are stored with
 * {@link #storeAll} as a run of their own.
 */
@Service
public class Importing {

	private static final Log log = LogFactory.getLog(Importing.class);

	private final ImportRuns runs;

	private final ImportLimits limits;

	private final ObjectMapper json;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final ImportThreads threads;

	Importing(ImportRuns runs, ImportLimits limits, ObjectMapper json, PlatformTransactionManager transactions,
			Clock clock, ImportThreads threads) {
		this.runs = runs;
		this.limits = limits;
		this.json = json;
		this.transactions = new TransactionTemplate(transactions);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
		this.threads = threads;
	}

	/**
	 * Checks the file and starts reading it in the background. The file is the import's:
	 * it is deleted when the import ends, or at once when it is refused.
	 * @throws ImportRefused if the file cannot be imported at all
	 */
	public <F extends Enum<F>, T> ImportRunId start(ImportJob<F, T> job) {
		ImportFile<F, T> file;
		try {
			file = ImportFile.check(job, this.json, this.limits.maxRecordLength());
		}
		catch (RuntimeException ex) {
			delete(job.file());
			throw ex;
		}
		ImportRunId id = this.runs.start(job.target().name(), job.description(), file.size(), this.clock.instant());
		this.threads.run(() -> {
			try {
				read(id, job, file);
			}
			finally {
				delete(job.file());
			}
		});
		return id;
	}

	/**
	 * Like {@link #start} but returns only when the whole file has been read, and leaves
	 * the file where it is.
	 */
	public <F extends Enum<F>, T> ImportRunId importNow(ImportJob<F, T> job) {
		ImportFile<F, T> file = ImportFile.check(job, this.json, this.limits.maxRecordLength());
		ImportRunId id = this.runs.start(job.target().name(), job.description(), file.size(), this.clock.instant());
		read(id, job, file);
		return id;
	}

	/**
	 * Stores items already read and checked as one run, all or nothing, in the caller's
	 * transaction (or one of its own).
	 */
	@Transactional
	public <T> ImportRunId storeAll(ImportTarget<?, T> target, ImportDescription description, List<T> items) {
		Instant now = this.clock.instant();
		ImportRunId run = this.runs.start(target.name(), description, 0, now);
		for (int from = 0; from < items.size(); from += this.limits.batchSize()) {
			target.write(items.subList(from, Math.min(items.size(), from + this.limits.batchSize())), run);
		}
		this.runs.progress(run, new ImportProgress(0, items.size(), items.size(), 0, 0), now);
		end(target, run, ImportStatus.DONE, null, null);
		return run;
	}

	private <F extends Enum<F>, T> void read(ImportRunId id, ImportJob<F, T> job, ImportFile<F, T> file) {
		try (TextInput input = file.open()) {
			if (job.wholeFile()) {
				new WholeFileImport<>(id, job.target(), file, this).read(input);
			}
			else {
				readInBatches(id, job.target(), file, input);
			}
		}
		catch (RuntimeException ex) {
			log.error("Import " + id + " failed", ex);
			String key = job.wholeFile() ? "import.failure.unexpected.nothingKept" : "import.failure.unexpected";
			this.transactions.executeWithoutResult((status) -> end(job.target(), id, ImportStatus.FAILED, key, null));
		}
	}

	private <F extends Enum<F>, T> void readInBatches(ImportRunId id, ImportTarget<F, T> target, ImportFile<F, T> file,
			TextInput input) {
		try (BatchWriter<T> writer = new BatchWriter<>(id, target, this.runs, this.transactions, this.clock,
				this.limits, input::bytesRead)) {
			try {
				file.read(input, writer);
				writer.finish();
				this.transactions.executeWithoutResult((status) -> end(target, id, ImportStatus.DONE, null, null));
			}
			catch (ImportFailed ex) {
				writer.finish();
				this.transactions.executeWithoutResult(
						(status) -> end(target, id, ImportStatus.FAILED, ex.messageKey(), String.valueOf(ex.line())));
			}
		}
	}

	/**
	 * Ends a run in the current transaction and, if it stored anything, tells its target
	 * in the same transaction.
	 */
	void end(ImportTarget<?, ?> target, ImportRunId id, ImportStatus status, String failureKey, String failureDetail) {
		this.runs.finish(id, status, failureKey, failureDetail, this.clock.instant());
		ImportRun run = this.runs.find(id).orElseThrow();
		if (run.rowsImported() > 0) {
			target.finished(run);
		}
	}

	ImportThreads threads() {
		return this.threads;
	}

	ImportRuns runs() {
		return this.runs;
	}

	ImportLimits limits() {
		return this.limits;
	}

	TransactionTemplate transactions() {
		return this.transactions;
	}

	Clock clock() {
		return this.clock;
	}

	private static void delete(Path path) {
		try {
			Files.deleteIfExists(path);
		}
		catch (IOException ex) {
			log.warn("Could not delete the uploaded file " + path, ex);
		}
	}

}
