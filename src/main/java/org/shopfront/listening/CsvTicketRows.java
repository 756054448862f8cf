package org.shopfront.listening;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads CSV through an import profile. The first record is the header; the delimiter is
 * whichever of comma, semicolon, tab or bar the header line holds most of. Quoted fields
 * may span lines. A row whose field count differs from the header's is rejected, since
 * its values cannot be trusted to sit in the right columns.
 */
final class CsvTicketRows implements TicketRows {

	private static final char[] DELIMITERS = { ',', ';', '\t', '|' };

	private static final TicketField[] FIELDS = TicketField.values();

	private final ImportProfile profile;

	private final TicketRowMapper mapper;

	private final int maxRecordLength;

	CsvTicketRows(ImportProfile profile, TicketRowMapper mapper, int maxRecordLength) {
		this.profile = profile;
		this.mapper = mapper;
		this.maxRecordLength = maxRecordLength;
	}

	@Override
	public void check(ImportFile file) {
		try (ImportFile.Input input = file.open(this.maxRecordLength); CSVParser parser = parser(file, input)) {
			columns(parser.iterator());
		}
		catch (IOException | UncheckedIOException | ImportFile.RecordTooLong ex) {
			throw ImportRefused.noHeader();
		}
	}

	@Override
	public void read(ImportFile file, ImportFile.Input input, RowSink sink) {
		long row = 1;
		try (CSVParser parser = parser(file, input)) {
			Iterator<CSVRecord> records = parser.iterator();
			Header header = columns(records);
			input.reader().recordEnded();
			String[] values = new String[FIELDS.length];
			List<Rejection> rejections = new ArrayList<>();
			while (records.hasNext()) {
				CSVRecord record = records.next();
				input.reader().recordEnded();
				row = record.getRecordNumber();
				rejections.clear();
				Ticket ticket;
				if (record.size() != header.size()) {
					rejections.add(new Rejection(row, null, "fieldCount", record.size() + " / " + header.size()));
					ticket = null;
				}
				else {
					for (TicketField field : FIELDS) {
						int index = header.index(field);
						values[field.ordinal()] = (index >= 0) ? record.get(index)
								: (field == TicketField.NUMBER && this.profile.numbersByRow()) ? String.valueOf(row)
										: null;
					}
					ticket = this.mapper.map(row, values, header.names(), rejections);
				}
				sink.row(row, ticket, List.copyOf(rejections));
			}
		}
		catch (ImportFile.RecordTooLong ex) {
			throw ImportFailed.recordTooLong(row + 1);
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			throw ImportFailed.malformed(row + 1, ex);
		}
	}

	private static CSVParser parser(ImportFile file, ImportFile.Input input) throws IOException {
		CSVFormat format = CSVFormat.RFC4180.builder()
			.setDelimiter(delimiter(file.firstLine()))
			.setIgnoreEmptyLines(true)
			.setTrailingData(true)
			.get();
		return CSVParser.builder().setReader(input.reader()).setFormat(format).get();
	}

	static char delimiter(String headerLine) {
		char best = ',';
		long most = 0;
		for (char candidate : DELIMITERS) {
			long count = headerLine.chars().filter(c -> c == candidate).count();
			if (count > most) {
				most = count;
				best = candidate;
			}
		}
		return best;
	}

	private Header columns(Iterator<CSVRecord> records) {
		if (!records.hasNext()) {
			throw ImportRefused.empty();
		}
		CSVRecord first = records.next();
		Map<String, Integer> positions = new HashMap<>();
		for (int i = 0; i < first.size(); i++) {
			positions.putIfAbsent(normalise(first.get(i)), i);
		}
		int[] indexes = new int[FIELDS.length];
		String[] names = new String[FIELDS.length];
		List<String> missing = new ArrayList<>();
		for (TicketField field : FIELDS) {
			indexes[field.ordinal()] = -1;
			List<String> candidates = this.profile.columns().getOrDefault(field, List.of());
			for (String candidate : candidates) {
				Integer index = positions.get(normalise(candidate));
				if (index != null) {
					indexes[field.ordinal()] = index;
					names[field.ordinal()] = first.get(index).strip();
					break;
				}
			}
			if (indexes[field.ordinal()] < 0) {
				names[field.ordinal()] = candidates.isEmpty() ? null : candidates.get(0);
				if (this.profile.requires(field) && !candidates.isEmpty()) {
					missing.add(candidates.get(0));
				}
			}
		}
		if (!missing.isEmpty()) {
			String found = first.stream().limit(30).map(String::strip).collect(Collectors.joining(", "));
			throw ImportRefused.missingColumns(String.join(", ", missing), found);
		}
		return new Header(first.size(), indexes, names);
	}

	private static String normalise(String name) {
		return name.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
	}

	/** Where each ticket field sits in the file, and what its column is called. */
	private record Header(int size, int[] indexes, String[] names) {

		int index(TicketField field) {
			return this.indexes[field.ordinal()];
		}

	}

}
