package org.shopfront.listening.mining;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV records one at a time (RFC 4180: quoted fields may hold delimiters, doubled
 * quotes and line breaks), so memory does not grow with the file.
 */
final class CsvRecords {

	private final Reader reader;

	private final char delimiter;

	private final char[] buffer = new char[1 << 16];

	private int position;

	private int limit;

	private long line = 1;

	CsvRecords(Reader reader, char delimiter) {
		this.reader = reader;
		this.delimiter = delimiter;
	}

	/** The line the next record starts on (1-based). */
	long line() {
		return this.line;
	}

	/** The next record, or null at the end of the input. */
	List<String> next() throws IOException {
		if (!fill()) {
			return null;
		}
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		boolean wasQuoted = false;
		while (fill()) {
			appendRun(field, quoted);
			if (!fill()) {
				break;
			}
			char c = this.buffer[this.position++];
			if (quoted) {
				if (c == '"') {
					if (fill() && this.buffer[this.position] == '"') {
						field.append('"');
						this.position++;
					}
					else {
						quoted = false;
					}
				}
				else {
					if (c == '\n') {
						this.line++;
					}
					field.append(c);
				}
			}
			else if (c == '"' && field.length() == 0 && !wasQuoted) {
				quoted = true;
				wasQuoted = true;
			}
			else if (c == this.delimiter) {
				fields.add(field.toString());
				field.setLength(0);
				wasQuoted = false;
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && fill() && this.buffer[this.position] == '\n') {
					this.position++;
				}
				this.line++;
				fields.add(field.toString());
				return fields;
			}
			else {
				field.append(c);
			}
		}
		fields.add(field.toString());
		return fields;
	}

	/**
	 * Appends the characters up to the next quote (inside quotes) or the next quote,
	 * delimiter or line break (outside) in the buffer at once, rather than one at a time.
	 */
	private void appendRun(StringBuilder field, boolean quoted) {
		char[] chars = this.buffer;
		int end = this.position;
		while (end < this.limit) {
			char c = chars[end];
			if (c == '"' || (!quoted && (c == this.delimiter || c == '\r')) || c == '\n') {
				break;
			}
			end++;
		}
		field.append(chars, this.position, end - this.position);
		this.position = end;
	}

	private boolean fill() throws IOException {
		while (this.position >= this.limit) {
			int read = this.reader.read(this.buffer, 0, this.buffer.length);
			if (read < 0) {
				return false;
			}
			this.position = 0;
			this.limit = read;
		}
		return true;
	}

}
