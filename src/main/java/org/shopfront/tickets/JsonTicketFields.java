package org.shopfront.tickets;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.shopfront.shared.tabular.ColumnMapping;

/**
 * How a ticket's fields are named in JSON: the ticket fields in camel case
 * ({@code assignmentGroup}); snake case ({@code assignment_group}) is read too.
 */
final class JsonTicketFields {

	static final ColumnMapping<TicketField> MAPPING;

	static {
		Map<TicketField, List<String>> names = new EnumMap<>(TicketField.class);
		for (TicketField field : TicketField.values()) {
			names.put(field, List.of(field.property()));
		}
		MAPPING = new ColumnMapping<>(TicketField.class, names, Set.of());
	}

	private JsonTicketFields() {
	}

}
