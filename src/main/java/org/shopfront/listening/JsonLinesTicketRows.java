package org.shopfront.listening;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Reads JSON lines: one JSON object per line with the ticket's fields (see
 * {@link JsonTicketFields}). A line that is not a JSON object is rejected on its own; the
 * other lines are kept.
 */
final class JsonLinesTicketRows implements TicketRows {

	private final ObjectMapper json;

	private final TicketRowMapper mapper;

	JsonLinesTicketRows(ObjectMapper json, TicketRowMapper mapper) {
		this.json = json;
		this.mapper = mapper;
	}

	@Override
	public void check(ImportFile file) {
		if (!object(file.firstLine())) {
			throw ImportRefused.notJsonLines();
		}
	}

	@Override
	public void read(ImportFile file, ImportFile.Input input, RowSink sink) {
		long row = 0;
		try (BufferedReader lines = new BufferedReader(input.reader())) {
			List<Rejection> rejections = new ArrayList<>();
			String line;
			while ((line = lines.readLine()) != null) {
				row++;
				input.reader().recordEnded();
				if (line.isBlank()) {
					continue;
				}
				rejections.clear();
				JsonNode node = parse(line);
				Ticket ticket = null;
				if (node == null || !node.isObject()) {
					rejections.add(new Rejection(row, null, "json", null));
				}
				else {
					ticket = this.mapper.map(row, JsonTicketFields.values(node), JsonTicketFields.NAMES, rejections);
				}
				sink.row(row, ticket, List.copyOf(rejections));
			}
		}
		catch (ImportFile.RecordTooLong ex) {
			throw ImportFailed.recordTooLong(row + 1);
		}
		catch (IOException ex) {
			throw ImportFailed.malformed(row + 1, ex);
		}
	}

	private boolean object(String line) {
		JsonNode node = parse(line);
		return node != null && node.isObject();
	}

	private JsonNode parse(String line) {
		try {
			return this.json.readTree(line);
		}
		catch (JacksonException ex) {
			return null;
		}
	}

}
