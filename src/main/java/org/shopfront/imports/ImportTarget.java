package org.shopfront.imports;

import java.util.List;

/**
 * What a module implements to import files with this module: turn a row into an item (or
 * reject it, saying why), store a batch of items, and hear when a run ends. The machinery
 * around it (the file, the run, its progress and report, batches and transactions) is
 * {@link Importing}'s.
 *
 * @param <F> the fields a row is read into
 * @param <T> what a good row becomes
 */
public interface ImportTarget<F extends Enum<F>, T> {

	/** Names the target's runs in the import log, such as {@code tickets}. */
	String name();

	/**
	 * The item a row holds, or {@code null} once {@link ImportRow#reject} has said why
	 * not. From the row alone, without the database: a file stored whole is read on a
	 * thread of its own, ahead of the import's transaction, while {@link #write} stores
	 * the batches before.
	 */
	T read(ImportRow<F> row);

	/** Stores a batch of items inside the transaction the import opened for it. */
	void write(List<T> items, ImportRunId run);

	/**
	 * What identifies an item in the store, or {@code null} (the default) when items
	 * never replace one another. A batch holding an item that a batch still being written
	 * holds too waits for it, so that the later row of a file wins.
	 */
	default Object key(T item) {
		return null;
	}

	/**
	 * Whether a value counts as missing, such as a lone {@code ?} in a report that writes
	 * "unknown" that way. Empty values always do.
	 */
	default boolean missing(F field, String value) {
		return false;
	}

	/**
	 * Called inside the transaction that ends a run which stored items, also a failed one
	 * that kept some: the place to publish what was imported.
	 */
	default void finished(ImportRun run) {
	}

}
