package org.shopfront.painpoints;

import java.util.UUID;

import jakarta.validation.Valid;

import org.shopfront.people.ShopfrontUser;
import org.shopfront.shared.paging.Page;
import org.shopfront.shared.paging.PageRequest;
import org.shopfront.shared.paging.Paging;
import org.shopfront.tickets.TicketLine;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One pain point: its tickets for IT staff, and the service owner's improvements that
 * answer it.
 */
@Controller
class PainPointController {

	private final PainPointTicketQueries queries;

	private final ImprovingPainPoints improving;

	private final Paging paging;

	PainPointController(PainPointTicketQueries queries, ImprovingPainPoints improving, Paging paging) {
		this.queries = queries;
		this.improving = improving;
		this.paging = paging;
	}

	/**
	 * The pain point with the first page of its tickets; with a cursor, the page that
	 * starts there, and to htmx's "more" the rows alone.
	 */
	@GetMapping("/listening/pain-points/{id}")
	String painPoint(@PathVariable UUID id, @RequestParam(required = false) String cursor,
			@RequestHeader(name = "HX-Request", required = false) String htmx,
			@AuthenticationPrincipal ShopfrontUser me, Model model) {
		PainPointId painPoint = new PainPointId(id);
		PageRequest page = request(painPoint, cursor, me);
		if (htmx != null && !page.first()) {
			Page<TicketLine> tickets = this.queries.tickets(painPoint, page);
			model.addAttribute("tickets", tickets.items());
			model.addAttribute("next", this.paging.nextLink(page, tickets));
			return "tickets/table :: rows";
		}
		model.addAttribute("form", ImprovementForm.empty());
		return page(painPoint, page, model);
	}

	@PostMapping("/listening/pain-points/{id}/improvements")
	String promise(@PathVariable UUID id, @Valid @ModelAttribute("form") ImprovementForm form, BindingResult errors,
			@AuthenticationPrincipal ShopfrontUser me, Model model, RedirectAttributes redirect) {
		PainPointId painPoint = new PainPointId(id);
		if (errors.hasErrors()) {
			return page(painPoint, request(painPoint, null, me), model);
		}
		this.improving.promise(painPoint, form, me.displayName());
		redirect.addFlashAttribute("saved", true);
		return "redirect:/listening/pain-points/" + id;
	}

	@PostMapping("/listening/improvements/{id}/done")
	String done(@PathVariable UUID id, @RequestParam("painPoint") UUID painPoint, RedirectAttributes redirect) {
		this.improving.doneToday(new ImprovementId(id));
		redirect.addFlashAttribute("saved", true);
		return "redirect:/listening/pain-points/" + painPoint;
	}

	private PageRequest request(PainPointId id, String cursor, ShopfrontUser me) {
		return this.paging.request(cursor, null, "pain-point-tickets", id.value(), me.id());
	}

	private String page(PainPointId id, PageRequest page, Model model) {
		PainPointDetail detail = this.queries.detail(id, page);
		model.addAttribute("detail", detail);
		model.addAttribute("next", this.paging.nextLink(page, detail.page()));
		return "painpoints/pain-point";
	}

}
