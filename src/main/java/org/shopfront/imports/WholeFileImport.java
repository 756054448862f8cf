package org.shopfront.imports;

import org.shopfront.shared.tabular.TextInput;

/**
 * Reads a file that is stored whole or not at all: every row in one transaction, which
 * commits only when the file was read to the end without a rejected row, together with
 * the run's end. Otherwise it rolls back, and the run ends failed with its rejected rows
 * listed and nothing stored.
 *
 * @param <F> the fields a row is read into
 * @param <T> what a good row becomes
 */
final class WholeFileImport<F extends Enum<F>, T> {

	private final ImportRunId id;

	private final ImportTarget<F, T> target;

	private final ImportFile<F, T> file;

	private final Importing importing;

	WholeFileImport(ImportRunId id, ImportTarget<F, T> target, ImportFile<F, T> file, Importing importing) {
		this.id = id;
		this.target = target;
		this.file = file;
		this.importing = importing;
	}

	void read(TextInput input) {
		WholeFileWriter<T> writer = new WholeFileWriter<>(this.id, this.target, this.importing.runs(),
				this.importing.transactions(), this.importing.clock(), this.importing.limits(), input::bytesRead);
		try {
			boolean stored = Boolean.TRUE.equals(this.importing.transactions().execute((status) -> {
				this.file.read(input, writer);
				writer.finish();
				if (writer.rejected() > 0) {
					status.setRollbackOnly();
					return false;
				}
				this.importing.runs()
					.progress(this.id, new ImportProgress(input.bytesRead(), 0, writer.written(), 0),
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

	private void failed(String key, String detail, WholeFileWriter<T> writer) {
		this.importing.transactions().executeWithoutResult((status) -> {
			this.importing.runs().reject(this.id, 0, writer.kept());
			this.importing.end(this.target, this.id, ImportStatus.FAILED, key, detail);
		});
	}

}
