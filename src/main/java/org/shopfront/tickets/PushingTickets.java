package org.shopfront.tickets;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

import org.shopfront.imports.ImportRow;
import org.shopfront.imports.ImportRunId;
import org.shopfront.imports.Rejection;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.ObjectMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.validation.MapBindingResult;

/**
 * Tickets pushed by a service desk through the API, as a JSON array or JSON lines. The
 * same rules as for files apply, but a push is all or nothing: the client is a program
 * that can fix its payload and send it again, so any bad ticket answers 400 naming each
 * field at fault ({@code [3].openedAt}) and nothing is stored. A good push is stored
 * through {@link TicketIntake}, as an import run.
 */
@Service
class PushingTickets {

	private final TicketIntake intake;

	private final TicketImports targets;

	private final TicketLimits limits;

	private final ObjectMapper json;

	PushingTickets(TicketIntake intake, TicketImports targets, TicketLimits limits, ObjectMapper json) {
		this.intake = intake;
		this.targets = targets;
		this.limits = limits;
		this.json = json;
	}

	/** What a push stored. */
	record Pushed(ImportRunId run, int tickets) {
	}

	@Transactional
	Pushed push(String source, InputStream body, String pushedBy) throws BindException {
		MapBindingResult errors = new MapBindingResult(new HashMap<>(), "tickets");
		if (source == null || source.isBlank() || source.length() > 60) {
			reject(errors, "source", "import.push.source");
			throw new BindException(errors);
		}
		List<Ticket> read = read(source.strip(), body, errors);
		if (read.isEmpty() && !errors.hasErrors()) {
			reject(errors, "tickets", "import.push.empty");
		}
		if (errors.hasErrors()) {
			throw new BindException(errors);
		}
		return new Pushed(this.intake.store(source.strip(), read, pushedBy), read.size());
	}

	private List<Ticket> read(String source, InputStream body, MapBindingResult errors) {
		TicketImport target = this.targets.of(source, null);
		List<Ticket> read = new ArrayList<>();
		List<Rejection> rejections = new ArrayList<>();
		int index = 0;
		try (MappingIterator<JsonNode> nodes = this.json.readerFor(JsonNode.class).readValues(body)) {
			while (nodes.hasNextValue()) {
				JsonNode node = nodes.nextValue();
				if (index >= this.limits.maxPush()) {
					reject(errors, "tickets", "import.push.tooMany", this.limits.maxPush());
					break;
				}
				String element = "[" + index + "]";
				if (!node.isObject()) {
					reject(errors, element, "import.push.notObject");
				}
				else {
					rejections.clear();
					ImportRow<TicketField> row = ImportRow.of(target, JsonTicketFields.MAPPING,
							JsonTicketFields.MAPPING.values(node), index, rejections);
					Ticket ticket = target.read(row);
					if (ticket != null && !row.rejected()) {
						read.add(ticket);
					}
					for (Rejection rejection : rejections) {
						reject(errors, element + "." + rejection.column(), "import.reason." + rejection.reason(),
								rejection.detail());
					}
				}
				index++;
			}
		}
		catch (JacksonException ex) {
			reject(errors, "body", "import.push.json", ex.getLocation() == null ? 0 : ex.getLocation().getLineNr(),
					ex.getLocation() == null ? 0 : ex.getLocation().getColumnNr());
		}
		return read;
	}

	private static void reject(MapBindingResult errors, String field, String key, Object... arguments) {
		errors.addError(new FieldError("tickets", field, null, false, new String[] { key }, arguments, key));
	}

}
