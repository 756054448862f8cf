package org.shopfront.painpoints;

import java.util.UUID;

import jakarta.validation.Valid;

import org.shopfront.people.ShopfrontUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
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

	PainPointController(PainPointTicketQueries queries, ImprovingPainPoints improving) {
		this.queries = queries;
		this.improving = improving;
	}

	@GetMapping("/listening/pain-points/{id}")
	String painPoint(@PathVariable UUID id, @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
		model.addAttribute("form", ImprovementForm.empty());
		return page(new PainPointId(id), page, model);
	}

	@PostMapping("/listening/pain-points/{id}/improvements")
	String promise(@PathVariable UUID id, @Valid @ModelAttribute("form") ImprovementForm form, BindingResult errors,
			@AuthenticationPrincipal ShopfrontUser me, Model model, RedirectAttributes redirect) {
		PainPointId painPoint = new PainPointId(id);
		if (errors.hasErrors()) {
			return page(painPoint, 0, model);
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

	private String page(PainPointId id, int page, Model model) {
		model.addAttribute("detail", this.queries.detail(id, page));
		return "painpoints/pain-point";
	}

}
