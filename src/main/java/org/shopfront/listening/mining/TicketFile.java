package org.shopfront.listening.mining;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the text columns (and optionally a gold label column) of a ticket export, row by
 * row: CSV (comma, semicolon or tab; quoted fields across lines) or JSON lines. UTF-8
 * with or without a byte order mark, else Latin-1 when the start of the file is not
 * UTF-8.
 */
public final class TicketFile {

	/** The file formats read. */
	public enum Format {

		CSV, JSONL;

		public static Format named(String name) {
			return valueOf(name.trim().toUpperCase(Locale.ROOT));
		}

	}

	/**
	 * The tickets of a file and, when a label column was asked for, their gold labels.
	 */
	public record Rows(List<TicketText> tickets, List<String> labels) {
	}

	private static final int SNIFF_BYTES = 1 << 20;

	private TicketFile() {
	}

	public static Rows read(Path file, Format format, List<String> textColumns, String labelColumn) {
		if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
			throw MiningInputProblem.unreadable(file, "no such readable file");
		}
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
			in.mark(SNIFF_BYTES);
			byte[] head = in.readNBytes(SNIFF_BYTES);
			in.reset();
			if (head.length == 0) {
				throw MiningInputProblem.empty(file);
			}
			if (isBinary(head)) {
				throw MiningInputProblem.notText(file);
			}
			boolean bom = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
					&& (head[2] & 0xFF) == 0xBF;
			if (bom) {
				in.skipNBytes(3);
			}
			Charset charset = (bom || isUtf8(head)) ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1;
			CharsetDecoder decoder = charset.newDecoder()
				.onMalformedInput(CodingErrorAction.REPLACE)
				.onUnmappableCharacter(CodingErrorAction.REPLACE);
			Reader reader = new InputStreamReader(in, decoder);
			return (format == Format.JSONL) ? readJsonLines(file, reader, textColumns, labelColumn)
					: readCsv(file, reader, delimiter(head), textColumns, labelColumn);
		}
		catch (IOException ex) {
			throw MiningInputProblem.unreadable(file, ex.getMessage());
		}
	}

	private static Rows readCsv(Path file, Reader reader, char delimiter, List<String> textColumns, String labelColumn)
			throws IOException {
		CsvRecords records = new CsvRecords(reader, delimiter);
		List<String> header = records.next();
		if (header == null) {
			throw MiningInputProblem.empty(file);
		}
		header = header.stream().map(String::strip).toList();
		int[] text = columns(file, header, textColumns);
		int label = (labelColumn != null) ? columns(file, header, List.of(labelColumn))[0] : -1;
		List<TicketText> tickets = new ArrayList<>();
		List<String> labels = new ArrayList<>();
		for (List<String> row = records.next(); row != null; row = records.next()) {
			if (row.size() == 1 && row.get(0).isEmpty()) {
				continue;
			}
			String[] fields = new String[text.length];
			for (int i = 0; i < text.length; i++) {
				fields[i] = (text[i] < row.size()) ? row.get(text[i]) : "";
			}
			tickets.add(new TicketText(Arrays.asList(fields)));
			if (label >= 0) {
				labels.add((label < row.size()) ? row.get(label) : "");
			}
		}
		return new Rows(tickets, labels);
	}

	private static Rows readJsonLines(Path file, Reader reader, List<String> textColumns, String labelColumn)
			throws IOException {
		ObjectMapper json = JsonMapper.builder().build();
		BufferedReader lines = new BufferedReader(reader);
		List<TicketText> tickets = new ArrayList<>();
		List<String> labels = new ArrayList<>();
		long number = 0;
		for (String line = lines.readLine(); line != null; line = lines.readLine()) {
			number++;
			if (line.isBlank()) {
				continue;
			}
			JsonNode node;
			try {
				node = json.readTree(line);
			}
			catch (JacksonException ex) {
				throw MiningInputProblem.badLine(file, number, ex.getOriginalMessage());
			}
			if (tickets.isEmpty()) {
				List<String> known = new ArrayList<>(node.propertyNames());
				List<String> wanted = new ArrayList<>(textColumns);
				if (labelColumn != null) {
					wanted.add(labelColumn);
				}
				columns(file, known, wanted);
			}
			String[] fields = new String[textColumns.size()];
			for (int i = 0; i < fields.length; i++) {
				fields[i] = value(node, textColumns.get(i));
			}
			tickets.add(new TicketText(Arrays.asList(fields)));
			if (labelColumn != null) {
				labels.add(value(node, labelColumn));
			}
		}
		if (number == 0) {
			throw MiningInputProblem.empty(file);
		}
		return new Rows(tickets, labels);
	}

	private static String value(JsonNode node, String name) {
		JsonNode value = node.get(name);
		return (value == null || value.isNull()) ? "" : value.isValueNode() ? value.asString() : value.toString();
	}

	private static int[] columns(Path file, List<String> header, List<String> wanted) {
		int[] indexes = new int[wanted.size()];
		List<String> unknown = new ArrayList<>();
		for (int i = 0; i < indexes.length; i++) {
			indexes[i] = header.indexOf(wanted.get(i));
			if (indexes[i] < 0) {
				unknown.add(wanted.get(i));
			}
		}
		if (!unknown.isEmpty()) {
			throw MiningInputProblem.unknownColumns(file, unknown, header);
		}
		return indexes;
	}

	static boolean isBinary(byte[] head) {
		int length = Math.min(head.length, 8192);
		int control = 0;
		for (int i = 0; i < length; i++) {
			int b = head[i] & 0xFF;
			if (b == 0) {
				return true;
			}
			if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
				control++;
			}
		}
		return control * 20 > length;
	}

	private static boolean isUtf8(byte[] head) {
		if (isAscii(head)) {
			return true;
		}
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer bytes = ByteBuffer.wrap(head);
		CharBuffer chars = CharBuffer.allocate(head.length);
		var result = decoder.decode(bytes, chars, false);
		// A multi-byte character cut off by the end of the sample is not an error.
		return !result.isError();
	}

	private static boolean isAscii(byte[] head) {
		for (byte b : head) {
			if (b < 0) {
				return false;
			}
		}
		return true;
	}

	private static char delimiter(byte[] head) {
		int comma = 0;
		int semicolon = 0;
		int tab = 0;
		for (byte b : head) {
			if (b == '\n') {
				break;
			}
			comma += (b == ',') ? 1 : 0;
			semicolon += (b == ';') ? 1 : 0;
			tab += (b == '\t') ? 1 : 0;
		}
		if (tab > comma && tab > semicolon) {
			return '\t';
		}
		return (semicolon > comma) ? ';' : ',';
	}

}
