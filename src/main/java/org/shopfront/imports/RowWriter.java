package org.shopfront.imports;

import java.util.List;

/**
 * Where an import's rows go as they are read: batch by batch ({@link BatchWriter}) or all
 * in one transaction ({@link WholeFileWriter}).
 *
 * @param <T> what a good row becomes
 */
interface RowWriter<T> extends AutoCloseable {

	/**
	 * Takes one row of the file.
	 * @param item what the row became, or {@code null} when it was rejected
	 * @param rejections why it was rejected; empty when it was kept
	 */
	void row(T item, List<Rejection> rejections);

	/**
	 * Writes what is still in hand, waits until it is written, and rethrows what went
	 * wrong.
	 */
	void finish();

	@Override
	void close();

}
