package org.shopfront.shared.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file of rows (CSV or JSON lines), looked at before any row is read: an empty file or
 * one that is not text at all (a spreadsheet, an archive, a picture, UTF-16) is refused
 * whole. Text is UTF-8 when it starts with a byte order mark (which is skipped) or
 * decodes cleanly as UTF-8 from start to end, and Windows-1252 (Latin-1 with the
 * printable extras Windows adds) otherwise.
 */
public final class TextFile {

	/** No record limit: for readers that hold the whole file anyway. */
	public static final int UNBOUNDED = Integer.MAX_VALUE;

	private static final int SNIFF = 64 * 1024;

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private final Path path;

	private final long size;

	private final Charset charset;

	private final int skip;

	private final String firstLine;

	private TextFile(Path path, long size, Charset charset, int skip, String firstLine) {
		this.path = path;
		this.size = size;
		this.charset = charset;
		this.skip = skip;
		this.firstLine = firstLine;
	}

	/**
	 * Looks at a file.
	 * @throws FileProblem if it cannot be read, is empty or is not text
	 */
	public static TextFile inspect(Path path) {
		if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
			throw FileProblem.unreadable(path, "no such readable file");
		}
		try {
			long size = Files.size(path);
			byte[] head;
			try (InputStream in = Files.newInputStream(path)) {
				head = in.readNBytes(SNIFF);
			}
			int skip = (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
					&& (head[2] & 0xFF) == 0xBF) ? 3 : 0;
			if (binary(head)) {
				throw FileProblem.binary(path);
			}
			Charset charset = (skip > 0 || utf8(path)) ? StandardCharsets.UTF_8 : WINDOWS_1252;
			String text = new String(head, skip, head.length - skip, charset);
			if (text.isBlank()) {
				throw FileProblem.empty(path);
			}
			String trimmed = text.stripLeading();
			int end = trimmed.indexOf('\n');
			String firstLine = (end < 0) ? trimmed : trimmed.substring(0, end);
			return new TextFile(path, size, charset, skip, firstLine.strip());
		}
		catch (IOException ex) {
			throw FileProblem.unreadable(path, ex.getMessage());
		}
	}

	public Path path() {
		return this.path;
	}

	public long size() {
		return this.size;
	}

	public Charset charset() {
		return this.charset;
	}

	/** The length of the byte order mark the text starts after: 0 or 3. */
	int bomLength() {
		return this.skip;
	}

	/** The first non-blank line, for guessing the delimiter. */
	public String firstLine() {
		return this.firstLine;
	}

	/**
	 * Opens the text for reading, after the byte order mark; no record may be longer than
	 * the given number of characters.
	 */
	public TextInput open(int maxRecordLength) {
		try {
			TextInput.CountingStream bytes = new TextInput.CountingStream(Files.newInputStream(this.path));
			bytes.skipNBytes(this.skip);
			CharsetDecoder decoder = this.charset.newDecoder()
				.onMalformedInput(CodingErrorAction.REPLACE)
				.onUnmappableCharacter(CodingErrorAction.REPLACE);
			return new TextInput(bytes,
					new TextInput.BoundedReader(new InputStreamReader(bytes, decoder), maxRecordLength));
		}
		catch (IOException ex) {
			throw FileProblem.unreadable(this.path, ex.getMessage());
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

	/**
	 * Whether the whole file decodes as UTF-8. Plain ASCII is skipped eight bytes at a
	 * time, so that most files cost one quick pass; strict decoding starts at the first
	 * byte above 127, which is always the start of a character when all before it were
	 * ASCII.
	 */
	private static boolean utf8(Path path) throws IOException {
		CharsetDecoder decoder = null;
		ByteBuffer in = ByteBuffer.allocate(SNIFF);
		CharBuffer out = CharBuffer.allocate(SNIFF);
		try (InputStream stream = Files.newInputStream(path)) {
			boolean end = false;
			while (!end) {
				int read = stream.read(in.array(), in.position(), in.remaining());
				end = read < 0;
				in.position(in.position() + Math.max(read, 0));
				in.flip();
				if (decoder == null) {
					int first = firstAbove127(in);
					if (first < 0) {
						in.clear();
						continue;
					}
					in.position(first);
					decoder = StandardCharsets.UTF_8.newDecoder()
						.onMalformedInput(CodingErrorAction.REPORT)
						.onUnmappableCharacter(CodingErrorAction.REPORT);
				}
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

	private static int firstAbove127(ByteBuffer bytes) {
		int i = bytes.position();
		int limit = bytes.limit();
		for (; i + 8 <= limit; i += 8) {
			if ((bytes.getLong(i) & 0x8080808080808080L) != 0) {
				break;
			}
		}
		for (; i < limit; i++) {
			if (bytes.get(i) < 0) {
				return i;
			}
		}
		return -1;
	}

}
