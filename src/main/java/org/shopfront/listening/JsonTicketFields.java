package org.shopfront.listening;

import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * Reads a ticket's raw values from a JSON object. Property names are the ticket fields in
 * camel case ({@code assignmentGroup}); snake case ({@code assignment_group}) is read
 * too.
 */
final class JsonTicketFields {

	private static final TicketField[] FIELDS = TicketField.values();

	static final String[] NAMES = new String[FIELDS.length];

	static {
		for (TicketField field : FIELDS) {
			NAMES[field.ordinal()] = field.property();
		}
	}

	private JsonTicketFields() {
	}

	static String[] values(JsonNode object) {
		String[] values = new String[FIELDS.length];
		for (Map.Entry<String, JsonNode> property : object.properties()) {
			TicketField field = field(property.getKey());
			JsonNode value = property.getValue();
			if (field != null && !value.isNull()) {
				values[field.ordinal()] = value.isValueNode() ? value.asString() : value.toString();
			}
		}
		return values;
	}

	private static TicketField field(String name) {
		String wanted = name.replace("_", "").toLowerCase(Locale.ROOT);
		for (TicketField field : FIELDS) {
			if (field.name().replace("_", "").toLowerCase(Locale.ROOT).equals(wanted)) {
				return field;
			}
		}
		return null;
	}

}
