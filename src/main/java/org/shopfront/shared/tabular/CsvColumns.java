package org.shopfront.shared.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CodingErrorAction;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads chosen columns of a whole CSV file into memory, for readers that need every row
 * at once (the {@code mine} command). Commons CSV reads a character at a time and takes
 * about twice the CPU of the hand-written parser {@code mine} had before; so the file is
 * cut into parts at line breaks and each part is read by a parser of its own on a thread
 * of its own. A cut may fall inside a quoted value that spans lines: the part before it
 * then ends inside quotes, which its parser reports, and the whole file is read again in
 * one piece, so the result never depends on where the cuts fell.
 */
public final class CsvColumns {

	private CsvColumns() {
	}

	/**
	 * The chosen columns of every record after the header, in file order; a value the
	 * record lacks is empty.
	 * @param parts how many parts to read at once
	 * @param columns the positions to read, chosen from the header
	 * @throws FileProblem if the file cannot be read or the columns cannot be chosen
	 */
	public static List<String[]> read(TextFile file, int parts, Function<Header, int[]> columns) {
		int[] chosen;
		try (TextInput input = file.open(TextFile.UNBOUNDED); CsvTable table = CsvTable.open(file, input)) {
			chosen = columns.apply(table.header());
		}
		long[] cuts = cuts(file, Math.max(1, parts));
		if (cuts.length > 2) {
			List<String[]> rows = inParts(file, cuts, chosen);
			if (rows != null) {
				return rows;
			}
		}
		return inOnePiece(file, chosen);
	}

	private static List<String[]> inOnePiece(TextFile file, int[] chosen) {
		List<String[]> rows = new ArrayList<>();
		try (TextInput input = file.open(TextFile.UNBOUNDED); CsvTable table = CsvTable.open(file, input)) {
			table.header();
			for (CsvTable.CsvRow row = table.next(); row != null; row = table.next()) {
				rows.add(values(row.record(), chosen));
			}
		}
		return rows;
	}

	/**
	 * The rows of every part, or {@code null} when a part did not end where a record
	 * does.
	 */
	private static List<String[]> inParts(TextFile file, long[] cuts, int[] chosen) {
		int parts = cuts.length - 1;
		ExecutorService threads = Executors.newFixedThreadPool(parts - 1, (runnable) -> {
			Thread thread = new Thread(runnable, "csv-part");
			thread.setDaemon(true);
			return thread;
		});
		try {
			List<CompletableFuture<List<String[]>>> later = new ArrayList<>();
			for (int p = 1; p < parts; p++) {
				long from = cuts[p];
				long to = cuts[p + 1];
				later.add(CompletableFuture.supplyAsync(() -> part(file, from, to, chosen, false), threads));
			}
			List<String[]> rows = part(file, cuts[0], cuts[1], chosen, true);
			for (CompletableFuture<List<String[]>> part : later) {
				List<String[]> more = (rows != null) ? part.join() : null;
				if (more == null) {
					return null;
				}
				rows.addAll(more);
			}
			return rows;
		}
		finally {
			threads.shutdownNow();
		}
	}

	/**
	 * The records of the bytes {@code from} to {@code to}, or null when they end inside
	 * one.
	 */
	private static List<String[]> part(TextFile file, long from, long to, int[] chosen, boolean first) {
		List<String[]> rows = new ArrayList<>();
		try (FileChannel channel = FileChannel.open(file.path(), StandardOpenOption.READ);
				Reader reader = new InputStreamReader(new Region(channel, from + (first ? file.bomLength() : 0), to),
						file.charset()
							.newDecoder()
							.onMalformedInput(CodingErrorAction.REPLACE)
							.onUnmappableCharacter(CodingErrorAction.REPLACE));
				CSVParser parser = CSVParser.builder().setReader(reader).setFormat(CsvTable.format(file)).get()) {
			boolean header = first;
			for (CSVRecord record : parser) {
				if (header) {
					header = false;
					continue;
				}
				rows.add(values(record, chosen));
			}
			return rows;
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			// Most likely the cut fell inside a quoted value; reading in one piece tells.
			return null;
		}
	}

	private static String[] values(CSVRecord record, int[] chosen) {
		String[] values = new String[chosen.length];
		for (int i = 0; i < chosen.length; i++) {
			values[i] = (chosen[i] < record.size()) ? record.get(chosen[i]) : "";
		}
		return values;
	}

	/**
	 * Where the parts start and end: after the first line break past each equal share of
	 * the file, and the file's end.
	 */
	private static long[] cuts(TextFile file, int parts) {
		long size = file.size();
		List<Long> cuts = new ArrayList<>(List.of(0L));
		ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
		try (FileChannel channel = FileChannel.open(file.path(), StandardOpenOption.READ)) {
			for (int p = 1; p < parts; p++) {
				long cut = nextLineStart(channel, buffer, Math.max(size * p / parts, cuts.get(cuts.size() - 1)));
				if (cut > cuts.get(cuts.size() - 1) && cut < size) {
					cuts.add(cut);
				}
			}
		}
		catch (IOException ex) {
			throw FileProblem.unreadable(file.path(), ex.getMessage());
		}
		cuts.add(size);
		return cuts.stream().mapToLong(Long::longValue).toArray();
	}

	private static long nextLineStart(FileChannel channel, ByteBuffer buffer, long from) throws IOException {
		long position = from;
		while (true) {
			buffer.clear();
			int read = channel.read(buffer, position);
			if (read <= 0) {
				return -1;
			}
			for (int i = 0; i < read; i++) {
				if (buffer.get(i) == '\n') {
					return position + i + 1;
				}
			}
			position += read;
		}
	}

	/**
	 * The bytes of one part of a file, read at their positions (safe from any thread).
	 */
	private static final class Region extends InputStream {

		private final FileChannel channel;

		private long position;

		private final long end;

		Region(FileChannel channel, long from, long to) {
			this.channel = channel;
			this.position = from;
			this.end = to;
		}

		@Override
		public int read() throws IOException {
			byte[] one = new byte[1];
			return (read(one, 0, 1) < 0) ? -1 : one[0] & 0xFF;
		}

		@Override
		public int read(byte[] bytes, int offset, int length) throws IOException {
			if (this.position >= this.end) {
				return -1;
			}
			int wanted = (int) Math.min(length, this.end - this.position);
			int read = this.channel.read(ByteBuffer.wrap(bytes, offset, wanted), this.position);
			if (read > 0) {
				this.position += read;
			}
			return read;
		}

	}

}
