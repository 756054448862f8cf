package org.shopfront.demand;

import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;

import org.shopfront.people.ShopfrontUser;
import org.shopfront.shared.Conflict;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** IT's pages for a demand: take it in review, write a proposal or its next version. */
@Controller
class ProposalController {

	private final DemandViewers viewers;

	private final AnsweringDemand answering;

	private final DemandQueries queries;

	private final MessageSource messages;

	ProposalController(DemandViewers viewers, AnsweringDemand answering, DemandQueries queries,
			MessageSource messages) {
		this.viewers = viewers;
		this.answering = answering;
		this.queries = queries;
		this.messages = messages;
	}

	@PostMapping("/demands/{id}/review")
	String review(@PathVariable UUID id, @AuthenticationPrincipal ShopfrontUser me, RedirectAttributes redirect,
			Locale locale) {
		try {
			this.answering.review(this.viewers.of(me), new DemandId(id));
			redirect.addFlashAttribute("flashSuccess", this.messages.getMessage("demand.reviewed", null, locale));
		}
		catch (Conflict ex) {
			redirect.addFlashAttribute("flashError",
					this.messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale));
		}
		return "redirect:/demands/" + id;
	}

	@GetMapping("/demands/{id}/proposals/new")
	String form(@PathVariable UUID id, @AuthenticationPrincipal ShopfrontUser me, Model model) {
		DemandViewer viewer = this.viewers.of(me);
		model.addAttribute("form", this.answering.form(viewer, new DemandId(id)));
		return formPage(viewer, new DemandId(id), model);
	}

	@PostMapping("/demands/{id}/proposals")
	String propose(@PathVariable UUID id, @Valid @ModelAttribute("form") ProposalForm form, BindingResult errors,
			@AuthenticationPrincipal ShopfrontUser me, Model model, RedirectAttributes redirect, Locale locale) {
		DemandViewer viewer = this.viewers.of(me);
		Proposal proposal = this.answering.propose(viewer, new DemandId(id), form, errors);
		if (proposal == null) {
			return formPage(viewer, new DemandId(id), model);
		}
		redirect.addFlashAttribute("flashSuccess",
				this.messages.getMessage("demand.proposed", new Object[] { proposal.version() }, locale));
		return "redirect:/demands/" + id;
	}

	private String formPage(DemandViewer viewer, DemandId id, Model model) {
		model.addAttribute("demand", this.queries.visible(viewer, id));
		model.addAttribute("providers", this.answering.providerChoices());
		model.addAttribute("kinds", OptionKind.values());
		return "demand/proposal-form";
	}

}
