package org.shopfront.tickets;

import java.io.IOException;
import java.io.InputStream;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.shopfront.people.ShopfrontUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The listening post for machine clients: a service desk pushes its tickets here.
 */
@RestController
@RequestMapping("/api/listening")
@Tag(name = "Listening post", description = "Tickets pushed from the service desk")
class TicketApiController {

	private final PushingTickets pushing;

	TicketApiController(PushingTickets pushing) {
		this.pushing = pushing;
	}

	record PushResponse(String importId, int tickets) {
	}

	@Operation(summary = "Push tickets",
			description = "A JSON array of tickets or JSON lines (one ticket object per line), at most 5,000 per "
					+ "call. Fields: number (required), title, description, category, openedAt, resolvedAt, "
					+ "caller, assignmentGroup, location, businessUnit, reopenCount. A ticket already known "
					+ "under the same source and number is replaced. Any bad ticket answers 400 naming each "
					+ "field at fault, and nothing is stored.")
	@PostMapping(path = "/tickets",
			consumes = { "application/json", "application/x-ndjson", "application/jsonl", "application/json-lines" })
	PushResponse push(@RequestParam(required = false) String source, InputStream body,
			@AuthenticationPrincipal ShopfrontUser me) throws BindException, IOException {
		PushingTickets.Pushed pushed = this.pushing.push(source, body, me.displayName());
		return new PushResponse(pushed.run().toString(), pushed.tickets());
	}

}
