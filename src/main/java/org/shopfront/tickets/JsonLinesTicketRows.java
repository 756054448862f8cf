package org.shopfront.tickets;

import java.util.ArrayList;
import java.util.List;

import org.shopfront.shared.tabular.FileProblem;
import org.shopfront.shared.tabular.JsonLines;
import org.shopfront.shared.tabular.TextFile;
import org.shopfront.shared.tabular.TextInput;
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
	public void check(TextFile file) {
		if (!JsonLines.object(this.json, file.firstLine())) {
			throw ImportRefused.notJsonLines();
		}
	}

	@Override
	public void read(TextFile file, TextInput input, RowSink sink) {
		try (JsonLines lines = JsonLines.open(input, this.json)) {
			List<Rejection> rejections = new ArrayList<>();
			for (JsonLines.JsonRow row = lines.next(); row != null; row = lines.next()) {
				rejections.clear();
				Ticket ticket = null;
				if (row.object() == null) {
					rejections.add(new Rejection(row.line(), null, "json", null));
				}
				else {
					ticket = this.mapper.map(row::line, JsonTicketFields.MAPPING.values(row.object()),
							JsonTicketFields.NAMES, rejections);
				}
				sink.row(ticket, List.copyOf(rejections));
			}
		}
		catch (FileProblem ex) {
			throw ImportFailed.of(ex);
		}
	}

}
