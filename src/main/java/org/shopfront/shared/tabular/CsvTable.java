package org.shopfront.shared.tabular;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file record by record with Apache Commons CSV (RFC 4180: quoted fields may
 * hold delimiters, doubled quotes and line breaks; CRLF or LF; text after a closing quote
 * is kept). The first record is the {@link #header()}; the delimiter is whichever of
 * comma, semicolon, tab or bar the first line holds most of. Blank lines are skipped.
 */
public final class CsvTable implements AutoCloseable {

	private static final char[] DELIMITERS = { ',', ';', '\t', '|' };

	private final TextFile file;

	private final TextInput input;

	private final CSVParser parser;

	private final Iterator<CSVRecord> records;

	private Header header;

	private long lastLine;

	private CsvTable(TextFile file, TextInput input, CSVParser parser) {
		this.file = file;
		this.input = input;
		this.parser = parser;
		this.records = parser.iterator();
	}

	/** Opens the text of a file as CSV; {@link #header()} reads its first line. */
	public static CsvTable open(TextFile file, TextInput input) {
		try {
			return new CsvTable(file, input,
					CSVParser.builder().setReader(input.reader()).setFormat(format(file)).get());
		}
		catch (IOException ex) {
			throw FileProblem.malformed(1, ex);
		}
	}

	/** How every reader reads the file's CSV. */
	static CSVFormat format(TextFile file) {
		return CSVFormat.RFC4180.builder()
			.setDelimiter(delimiter(file.firstLine()))
			.setIgnoreEmptyLines(true)
			.setTrailingData(true)
			.get();
	}

	/** The delimiter a header line uses most: comma, semicolon, tab or bar. */
	public static char delimiter(String headerLine) {
		char best = ',';
		long most = 0;
		for (char candidate : DELIMITERS) {
			long count = headerLine.chars().filter((c) -> c == candidate).count();
			if (count > most) {
				most = count;
				best = candidate;
			}
		}
		return best;
	}

	/**
	 * The first record's names, read on the first call.
	 * @throws FileProblem if the file has no record or its first one is broken
	 */
	public Header header() {
		if (this.header == null) {
			CsvRow first = next();
			if (first == null) {
				throw FileProblem.empty(this.file.path());
			}
			this.header = new Header(first.values());
		}
		return this.header;
	}

	/**
	 * The next record, or {@code null} at the end of the file.
	 * @throws FileProblem if the file stops making sense at the next record
	 */
	public CsvRow next() {
		long start = this.lastLine + 1;
		try {
			if (!this.records.hasNext()) {
				return null;
			}
			CSVRecord record = this.records.next();
			this.input.recordEnded();
			this.lastLine = this.parser.getCurrentLineNumber();
			return new CsvRow(record, this.lastLine);
		}
		catch (TextInput.RecordTooLong ex) {
			throw FileProblem.recordTooLong(start);
		}
		catch (UncheckedIOException | IllegalStateException ex) {
			throw FileProblem.malformed(start, ex);
		}
	}

	@Override
	public void close() {
		try {
			this.parser.close();
		}
		catch (IOException ex) {
			// Only read from; a failed close loses nothing.
		}
	}

	/**
	 * One record: its values and where it is in the file. The line it starts on is worked
	 * out only when asked for (for a report), from the line it ends on and the line
	 * breaks inside its quoted values.
	 */
	public static final class CsvRow {

		private final CSVRecord record;

		private final long endLine;

		CsvRow(CSVRecord record, long endLine) {
			this.record = record;
			this.endLine = endLine;
		}

		public int size() {
			return this.record.size();
		}

		/** The value at a position; the position must be below {@link #size()}. */
		public String get(int index) {
			return this.record.get(index);
		}

		/** The value at a position, or {@code fallback} when the record is shorter. */
		public String get(int index, String fallback) {
			return (index >= 0 && index < this.record.size()) ? this.record.get(index) : fallback;
		}

		public List<String> values() {
			return this.record.toList();
		}

		CSVRecord record() {
			return this.record;
		}

		/** Which record of the file this is; the header is record 1. */
		public long number() {
			return this.record.getRecordNumber();
		}

		/** The line of the file the record starts on; the header starts on line 1. */
		public long line() {
			long breaks = 0;
			for (int i = 0; i < this.record.size(); i++) {
				String value = this.record.get(i);
				for (int c = 0; c < value.length(); c++) {
					char ch = value.charAt(c);
					if (ch == '\n' || (ch == '\r' && (c + 1 >= value.length() || value.charAt(c + 1) != '\n'))) {
						breaks++;
					}
				}
			}
			return this.endLine - breaks;
		}

	}

}
