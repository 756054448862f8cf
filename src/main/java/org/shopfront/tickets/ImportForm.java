package org.shopfront.tickets;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The upload form: the file's layout ({@code SERVICENOW}, {@code JIRA},
 * {@code JSON_LINES} or a saved profile's id) and the service desk it comes from. The
 * file itself arrives as a separate part.
 */
record ImportForm(@NotBlank String layout, @NotBlank @Size(max = 60) String source) {

	static ImportForm empty() {
		return new ImportForm(TicketFormat.SERVICENOW.name(), "");
	}

}
