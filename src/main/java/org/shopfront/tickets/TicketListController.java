package org.shopfront.tickets;

import org.shopfront.people.ShopfrontUser;
import org.shopfront.shared.paging.Page;
import org.shopfront.shared.paging.PageRequest;
import org.shopfront.shared.paging.Paging;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The ticket list for IT staff: every imported ticket, newest first, with a search, a
 * page at a time; htmx's "more" asks for the next rows alone.
 */
@Controller
class TicketListController {

	private final TicketQueries queries;

	private final Paging paging;

	TicketListController(TicketQueries queries, Paging paging) {
		this.queries = queries;
		this.paging = paging;
	}

	@GetMapping("/listening/tickets")
	String tickets(@RequestParam(name = "q", required = false) String search,
			@RequestParam(required = false) String cursor,
			@RequestHeader(name = "HX-Request", required = false) String htmx,
			@AuthenticationPrincipal ShopfrontUser me, Model model) {
		String query = (search == null) ? "" : search.strip();
		PageRequest page = this.paging.request(cursor, null, "tickets", me.id(), query);
		Page<TicketLine> tickets = this.queries.page(query, page);
		model.addAttribute("search", query);
		model.addAttribute("tickets", tickets.items());
		model.addAttribute("next", this.paging.nextLink(page, tickets));
		return (htmx != null && !page.first()) ? "tickets/table :: rows" : "tickets/list";
	}

}
