package org.shopfront.imports;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.shopfront.shared.tabular.TextInput;

/**
 * Reads a file that is stored whole or not at all: every row in one transaction, which
 * commits only when the file was read to the end without a rejected row, together with
 * the run's end, and with the values it skipped listed. Otherwise it rolls back, and the
 * run ends failed with its rejected rows (and skipped values) listed and nothing stored.
 * <p>
 * The transaction stays on the import's thread, which writes the batches; a second thread
 * reads and checks the rows ahead of it, at most {@value #BATCHES_AHEAD} batches ahead,
 * so that reading the file and the database's work on the batches overlap (decision
 * 0039). Targets read rows without the database, as {@link ImportTarget} says.
 *
 * @param <F> the fields a row is read into
 * @param <T> what a good row becomes
 */
final class WholeFileImport<F extends Enum<F>, T> {

	/**
	 * How many batches the reading thread may have ready before it waits for the writer.
	 */
	static final int BATCHES_AHEAD = 2;

	/** Put after the last batch: the file has been read (or reading it failed). */
	private final List<T> end = List.of();

	private final ImportRunId id;

	private final ImportTarget<F, T> target;

	private final ImportFile<F, T> file;

	private final Importing importing;

	private final BlockingQueue<List<T>> batches = new ArrayBlockingQueue<>(BATCHES_AHEAD);

	WholeFileImport(ImportRunId id, ImportTarget<F, T> target, ImportFile<F, T> file, Importing importing) {
		this.id = id;
		this.target = target;
		this.file = file;
		this.importing = importing;
	}

	void read(TextInput input) {
		WholeFileWriter<T> writer = new WholeFileWriter<>(this.id, this::handOn, this.importing.runs(),
				this.importing.transactions(), this.importing.clock(), this.importing.limits(), input::bytesRead);
		try {
			boolean stored = Boolean.TRUE.equals(this.importing.transactions().execute((status) -> {
				writeWhileReading(input, writer);
				if (writer.rejected() > 0) {
					status.setRollbackOnly();
					return false;
				}
				this.importing.runs().skip(this.id, 0, writer.skips());
				this.importing.runs()
					.progress(this.id, new ImportProgress(input.bytesRead(), 0, writer.written(), 0, 0),
							this.importing.clock().instant());
				this.importing.end(this.target, this.id, ImportStatus.DONE, null, null);
				return true;
			}));
			if (!stored) {
				failed("import.failure.rejected", String.valueOf(writer.rejected()), writer);
			}
		}
		catch (ImportFailed ex) {
			failed(ex.messageKey() + ".nothingKept", String.valueOf(ex.line()), writer);
		}
	}

	/**
	 * Writes the batches in the calling thread's transaction as the reading thread hands
	 * them on, until the file has been read; what the reading threw is thrown here.
	 */
	private void writeWhileReading(TextInput input, WholeFileWriter<T> writer) {
		Future<Void> reading = this.importing.threads().readAhead(() -> {
			try {
				this.file.read(input, writer);
				writer.finish();
			}
			finally {
				handOn(this.end);
			}
			return null;
		});
		try {
			for (List<T> batch = next(); batch != this.end; batch = next()) {
				this.target.write(batch, this.id);
			}
			reading.get();
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw new IllegalStateException("reading the file failed", ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new CancellationException("the import was stopped");
		}
		finally {
			// Stops the reading thread when writing failed; nothing when it has ended.
			reading.cancel(true);
		}
	}

	private void handOn(List<T> batch) {
		try {
			this.batches.put(batch);
		}
		catch (InterruptedException ex) {
			// The writer has given up: keep the interruption so that the end is not
			// waited for either.
			Thread.currentThread().interrupt();
			throw new CancellationException("the import's writer stopped");
		}
	}

	private List<T> next() throws InterruptedException {
		return this.batches.take();
	}

	private void failed(String key, String detail, WholeFileWriter<T> writer) {
		this.importing.transactions().executeWithoutResult((status) -> {
			this.importing.runs().reject(this.id, 0, writer.kept());
			this.importing.runs().skip(this.id, writer.kept().size(), writer.skips());
			this.importing.end(this.target, this.id, ImportStatus.FAILED, key, detail);
		});
	}

}
