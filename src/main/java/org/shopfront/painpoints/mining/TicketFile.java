package org.shopfront.painpoints.mining;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.shopfront.shared.tabular.CsvColumns;
import org.shopfront.shared.tabular.FileProblem;
import org.shopfront.shared.tabular.JsonLines;
import org.shopfront.shared.tabular.TextFile;
import org.shopfront.shared.tabular.TextInput;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the text columns (and optionally a gold label column) of a ticket export, row by
 * row, through the shared reading path ({@link TextFile}): CSV (read in parts on all
 * cores, {@link CsvColumns}) or JSON lines, in any encoding and with a byte order mark. A
 * missing value is an empty text.
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

	private TicketFile() {
	}

	/**
	 * @throws FileProblem if the file cannot be read or lacks a column asked for
	 */
	public static Rows read(Path file, Format format, List<String> textColumns, String labelColumn) {
		TextFile text = TextFile.inspect(file);
		List<String> wanted = new ArrayList<>(textColumns);
		if (labelColumn != null) {
			wanted.add(labelColumn);
		}
		if (format == Format.CSV) {
			return readCsv(text, textColumns.size(), labelColumn != null, wanted);
		}
		try (TextInput input = text.open(TextFile.UNBOUNDED)) {
			return readJsonLines(input, textColumns, labelColumn, wanted);
		}
	}

	private static Rows readCsv(TextFile file, int textColumns, boolean labelled, List<String> wanted) {
		List<String[]> read = CsvColumns.read(file, Runtime.getRuntime().availableProcessors(),
				(header) -> header.require(wanted));
		List<TicketText> tickets = new ArrayList<>(read.size());
		List<String> labels = new ArrayList<>(labelled ? read.size() : 0);
		for (String[] values : read) {
			tickets.add(new TicketText(Arrays.asList(values).subList(0, textColumns)));
			if (labelled) {
				labels.add(values[textColumns]);
			}
		}
		return new Rows(tickets, labels);
	}

	private static Rows readJsonLines(TextInput input, List<String> textColumns, String labelColumn,
			List<String> wanted) {
		ObjectMapper json = JsonMapper.builder().build();
		List<TicketText> tickets = new ArrayList<>();
		List<String> labels = new ArrayList<>();
		try (JsonLines lines = JsonLines.open(input, json)) {
			for (JsonLines.JsonRow row = lines.next(); row != null; row = lines.next()) {
				JsonNode object = row.requireObject();
				if (tickets.isEmpty()) {
					List<String> known = new ArrayList<>(object.propertyNames());
					if (!known.containsAll(wanted)) {
						throw FileProblem.unknownColumns(wanted.stream().filter((w) -> !known.contains(w)).toList(),
								known);
					}
				}
				String[] fields = new String[textColumns.size()];
				for (int i = 0; i < fields.length; i++) {
					fields[i] = row.text(textColumns.get(i));
				}
				tickets.add(new TicketText(Arrays.asList(fields)));
				if (labelColumn != null) {
					labels.add(row.text(labelColumn));
				}
			}
		}
		return new Rows(tickets, labels);
	}

}
