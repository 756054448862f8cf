package org.shopfront.tickets;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The ticket list for IT staff: every imported ticket, newest first, with a search.
 */
@Controller
class TicketListController {

	private final TicketQueries queries;

	TicketListController(TicketQueries queries) {
		this.queries = queries;
	}

	@GetMapping("/listening/tickets")
	String tickets(@RequestParam(name = "q", required = false) String search,
			@RequestParam(name = "page", defaultValue = "0") int page, Model model) {
		model.addAttribute("page", this.queries.page(search, page));
		return "tickets/list";
	}

}
