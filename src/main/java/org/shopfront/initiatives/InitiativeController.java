package org.shopfront.initiatives;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.shopfront.people.ShopfrontUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The initiatives' pages: the list (filtered in place with htmx) and one initiative with
 * its promises, milestones, spend, calls and where it is heading, and the forms the
 * reader may use (their posts: {@link InitiativeFormsController}).
 */
@Controller
class InitiativeController {

	private final Readers readers;

	private final InitiativeQueries queries;

	private final InitiativeDetails details;

	private final Clock clock;

	private final Projector projector;

	InitiativeController(Readers readers, InitiativeQueries queries, InitiativeDetails details, Clock clock,
			Projector projector) {
		this.readers = readers;
		this.queries = queries;
		this.details = details;
		this.clock = clock;
		this.projector = projector;
	}

	@GetMapping("/initiatives")
	String list(@RequestParam(required = false) String status, @RequestParam(defaultValue = "false") boolean atRisk,
			@RequestParam(defaultValue = "0") int page,
			@RequestHeader(name = "HX-Request", required = false) String htmx,
			@AuthenticationPrincipal ShopfrontUser me, Model model) {
		InitiativeStatus filter = status(status);
		int current = Math.max(0, page);
		List<InitiativeSummary> found = this.queries.page(this.readers.of(me), filter, atRisk, current);
		model.addAttribute("initiatives", found.subList(0, Math.min(found.size(), InitiativeQueries.PAGE_SIZE)));
		model.addAttribute("more", found.size() > InitiativeQueries.PAGE_SIZE);
		model.addAttribute("page", current);
		model.addAttribute("status", filter);
		model.addAttribute("atRisk", atRisk);
		model.addAttribute("statuses", InitiativeStatus.values());
		return (htmx != null) ? "initiatives/list :: results" : "initiatives/list";
	}

	@GetMapping("/initiatives/{id}")
	String detail(@PathVariable UUID id, @AuthenticationPrincipal ShopfrontUser me, Model model) {
		InitiativeDetail detail = this.details.detail(this.readers.of(me), new InitiativeId(id));
		model.addAttribute("initiative", detail);
		Map<String, Object> forms = Map.of("spend", SpendForm.empty(this.projector.today(this.clock.instant())),
				"milestone", MilestoneForm.empty(), "replan", ReplanForm.empty(), "value", ValueForm.empty());
		forms.forEach((name, form) -> {
			if (!model.containsAttribute(name)) {
				model.addAttribute(name, form);
			}
		});
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		return "initiatives/initiative";
	}

	/** A status filter from a link; one edited into nonsense shows all. */
	private static InitiativeStatus status(String status) {
		if (status == null || status.isBlank()) {
			return null;
		}
		try {
			return InitiativeStatus.valueOf(status);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
