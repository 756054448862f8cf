package org.shopfront.shared.tabular;

import java.io.FilterInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * The text of an opened {@link TextFile}: a reader that refuses to read more than a set
 * number of characters between two calls of {@link #recordEnded()} (so that one endless
 * record, an unclosed quote, cannot fill the memory), and how many bytes of the file have
 * been read so far (for a progress bar).
 */
public final class TextInput implements AutoCloseable {

	private final CountingStream bytes;

	private final BoundedReader reader;

	TextInput(CountingStream bytes, BoundedReader reader) {
		this.bytes = bytes;
		this.reader = reader;
	}

	public Reader reader() {
		return this.reader;
	}

	/** Bytes of the file read so far, the byte order mark included. */
	public long bytesRead() {
		return this.bytes.count;
	}

	/** Starts counting the characters of the next record. */
	public void recordEnded() {
		this.reader.sinceRecord = 0;
	}

	@Override
	public void close() {
		try {
			this.reader.close();
		}
		catch (IOException ex) {
			// Only read from; a failed close loses nothing.
		}
	}

	/** Counts the bytes read. */
	static final class CountingStream extends FilterInputStream {

		private volatile long count;

		CountingStream(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				this.count++;
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				this.count += n;
			}
			return n;
		}

		@Override
		public long skip(long n) throws IOException {
			long skipped = super.skip(n);
			this.count += skipped;
			return skipped;
		}

	}

	/** Throws {@link RecordTooLong} past the limit of characters in one record. */
	static final class BoundedReader extends FilterReader {

		private final int limit;

		private long sinceRecord;

		BoundedReader(Reader in, int limit) {
			super(in);
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			int c = super.read();
			count(1);
			return c;
		}

		@Override
		public int read(char[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			count(n);
			return n;
		}

		private void count(int n) {
			if (n > 0) {
				this.sinceRecord += n;
				if (this.sinceRecord > this.limit) {
					throw new RecordTooLong();
				}
			}
		}

	}

	/** Thrown from inside a parser; the reader of the rows knows which line it was. */
	static final class RecordTooLong extends RuntimeException {

		RecordTooLong() {
			super(null, null, false, false);
		}

	}

}
