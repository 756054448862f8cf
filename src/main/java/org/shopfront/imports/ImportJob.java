package org.shopfront.imports;

import java.nio.file.Path;

import org.shopfront.shared.tabular.ColumnMapping;

/**
 * One file to import: the target its rows go to, how they are read (format and column
 * mapping), what the import log says of it, and two choices: a field numbered by the row
 * for files that lack one ({@code rowNumber}, or {@code null}), and whether the file is
 * stored whole or not at all ({@code wholeFile}: any rejected row or a break in the file
 * stores nothing) instead of batch by batch.
 *
 * @param <F> the fields a row is read into
 * @param <T> what a good row becomes
 */
public record ImportJob<F extends Enum<F>, T>(ImportTarget<F, T> target, ImportFormat format, ColumnMapping<F> mapping,
		Path file, ImportDescription description, F rowNumber, boolean wholeFile) {

	/** A file stored batch by batch, every field read from its columns. */
	public static <F extends Enum<F>, T> ImportJob<F, T> of(ImportTarget<F, T> target, ImportFormat format,
			ColumnMapping<F> mapping, Path file, ImportDescription description) {
		return new ImportJob<>(target, format, mapping, file, description, null, false);
	}

	/**
	 * The same job, with the field numbered by the row when the file has no column for
	 * it.
	 */
	public ImportJob<F, T> numberingRowsAs(F field) {
		return new ImportJob<>(this.target, this.format, this.mapping, this.file, this.description, field,
				this.wholeFile);
	}

	/** The same job, storing the whole file or nothing. */
	public ImportJob<F, T> wholeFileOrNothing() {
		return new ImportJob<>(this.target, this.format, this.mapping, this.file, this.description, this.rowNumber,
				true);
	}

}
