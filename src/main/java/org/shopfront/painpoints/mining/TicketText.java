package org.shopfront.painpoints.mining;

import java.util.List;

/**
 * The text fields of one ticket that are mined, such as its title and its body; the first
 * field is taken as the title. Missing fields are empty strings.
 */
public record TicketText(List<String> fields) {

	public TicketText {
		fields = List.copyOf(fields);
	}

	public static TicketText of(String... fields) {
		return new TicketText(List.of(fields));
	}

	/** The fields joined by line breaks. */
	public String text() {
		return String.join("\n", this.fields);
	}

}
