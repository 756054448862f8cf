package org.shopfront.listening;

import java.io.FilterInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * An uploaded file, looked at before any row is read: an empty file or one that is not
 * text at all (a spreadsheet, an archive, a picture) is refused whole. Text is UTF-8 when
 * it starts with a byte order mark or decodes cleanly as UTF-8 from start to end, and
 * Windows-1252 (Latin-1 with the printable extras Windows adds) otherwise.
 */
final class ImportFile {

	private static final int SNIFF = 64 * 1024;

	private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private static final Charset LATIN = Charset.forName("windows-1252");

	private final Path path;

	private final long size;

	private final Charset charset;

	private final int skip;

	private final String firstLine;

	private ImportFile(Path path, long size, Charset charset, int skip, String firstLine) {
		this.path = path;
		this.size = size;
		this.charset = charset;
		this.skip = skip;
		this.firstLine = firstLine;
	}

	/**
	 * Looks at a file.
	 * @throws ImportRefused if it is empty or not text
	 */
	static ImportFile inspect(Path path) {
		try {
			long size = Files.size(path);
			byte[] head;
			try (InputStream in = Files.newInputStream(path)) {
				head = in.readNBytes(SNIFF);
			}
			int skip = startsWith(head, UTF8_BOM) ? UTF8_BOM.length : 0;
			if (binary(head)) {
				throw ImportRefused.binary();
			}
			Charset charset = (skip > 0 || utf8(path)) ? StandardCharsets.UTF_8 : LATIN;
			String text = new String(head, skip, head.length - skip, charset);
			if (text.isBlank()) {
				throw ImportRefused.empty();
			}
			String trimmed = text.stripLeading();
			int end = trimmed.indexOf('\n');
			String firstLine = (end < 0) ? trimmed : trimmed.substring(0, end);
			return new ImportFile(path, size, charset, skip, firstLine);
		}
		catch (IOException ex) {
			throw ImportRefused.unreadable();
		}
	}

	long size() {
		return this.size;
	}

	Charset charset() {
		return this.charset;
	}

	/** The first non-blank line, for guessing the delimiter. */
	String firstLine() {
		return this.firstLine;
	}

	/** Opens the text for reading; no record may be longer than the given characters. */
	Input open(int maxRecordLength) {
		try {
			CountingStream bytes = new CountingStream(Files.newInputStream(this.path));
			bytes.skipNBytes(this.skip);
			CharsetDecoder decoder = this.charset.newDecoder()
				.onMalformedInput(CodingErrorAction.REPLACE)
				.onUnmappableCharacter(CodingErrorAction.REPLACE);
			return new Input(bytes, new BoundedReader(new InputStreamReader(bytes, decoder), maxRecordLength));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Binary rather than text: a NUL byte (no text encoding we read has one, and every
	 * spreadsheet, archive and picture format does early on) or many control characters.
	 */
	private static boolean binary(byte[] head) {
		int control = 0;
		for (byte b : head) {
			if (b == 0) {
				return true;
			}
			if (b > 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
				control++;
			}
		}
		return control > head.length / 100;
	}

	private static boolean utf8(Path path) throws IOException {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.allocate(SNIFF);
		CharBuffer out = CharBuffer.allocate(SNIFF);
		try (InputStream stream = Files.newInputStream(path)) {
			boolean end = false;
			while (!end) {
				int read = stream.read(in.array(), in.position(), in.remaining());
				end = read < 0;
				in.position(in.position() + Math.max(read, 0));
				in.flip();
				CoderResult result = decoder.decode(in, out, end);
				if (result.isError()) {
					return false;
				}
				in.compact();
				out.clear();
			}
		}
		return true;
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
	}

	/** The text of a file, and how many of its bytes have been read so far. */
	record Input(CountingStream bytes, BoundedReader reader) implements AutoCloseable {

		@Override
		public void close() {
			try {
				this.reader.close();
			}
			catch (IOException ex) {
				// Nothing was written; a failed close loses nothing.
			}
		}

	}

	/** Counts the bytes read, for the progress bar. */
	static final class CountingStream extends FilterInputStream {

		private volatile long count;

		CountingStream(InputStream in) {
			super(in);
		}

		long count() {
			return this.count;
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

	/**
	 * Refuses to read more than a set number of characters between two calls of
	 * {@link #recordEnded()}, so that one endless record (an unclosed quote) cannot fill
	 * the memory.
	 */
	static final class BoundedReader extends FilterReader {

		private final int limit;

		private long sinceRecord;

		BoundedReader(Reader in, int limit) {
			super(in);
			this.limit = limit;
		}

		void recordEnded() {
			this.sinceRecord = 0;
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

	/** Thrown from inside the CSV reader; the caller knows which row it was. */
	static final class RecordTooLong extends RuntimeException {

		RecordTooLong() {
			super(null, null, false, false);
		}

	}

}
