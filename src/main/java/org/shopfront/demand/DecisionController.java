package org.shopfront.demand;

import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.validation.Valid;

import org.shopfront.people.ShopfrontUser;
import org.shopfront.shared.Conflict;
import org.shopfront.shared.InvalidInput;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What people do on a demand's page: write in the thread (htmx swaps the thread in
 * place), and the leader's asking for changes, choosing an option or declining them all.
 * A text left empty comes back on the page with the message beside it; a move that
 * clashes with what someone else just did comes back with a plain message.
 */
@Controller
class DecisionController {

	private final DemandViewers viewers;

	private final DecidingDemand deciding;

	private final DemandConversation conversation;

	private final DemandPages pages;

	private final MessageSource messages;

	DecisionController(DemandViewers viewers, DecidingDemand deciding, DemandConversation conversation,
			DemandPages pages, MessageSource messages) {
		this.viewers = viewers;
		this.deciding = deciding;
		this.conversation = conversation;
		this.pages = pages;
		this.messages = messages;
	}

	@PostMapping("/demands/{id}/questions")
	String write(@PathVariable UUID id, @Valid @ModelAttribute("message") TextForm form, BindingResult errors,
			@RequestHeader(name = "HX-Request", required = false) String htmx,
			@AuthenticationPrincipal ShopfrontUser me, Model model, RedirectAttributes redirect, Locale locale) {
		DemandViewer viewer = this.viewers.of(me);
		DemandId demand = new DemandId(id);
		if (errors.hasErrors()) {
			return again(viewer, demand, "message", errors, htmx != null, model, locale);
		}
		String failed = attempt(() -> this.conversation.write(viewer, demand, form.text()), locale);
		if (htmx != null) {
			model.addAttribute("flashError", failed);
			model.addAttribute("page", this.pages.page(viewer, demand, null));
			return "demand/thread :: thread";
		}
		return back(id, failed, null, redirect);
	}

	@PostMapping("/demands/{id}/changes")
	String changes(@PathVariable UUID id, @Valid @ModelAttribute("changes") TextForm form, BindingResult errors,
			@AuthenticationPrincipal ShopfrontUser me, Model model, RedirectAttributes redirect, Locale locale) {
		DemandViewer viewer = this.viewers.of(me);
		if (errors.hasErrors()) {
			return again(viewer, new DemandId(id), "changes", errors, false, model, locale);
		}
		String failed = attempt(() -> this.deciding.requestChanges(viewer, new DemandId(id), form.text()), locale);
		return back(id, failed, message("demand.changesAsked", locale), redirect);
	}

	@PostMapping("/demands/{id}/decision")
	String decide(@PathVariable UUID id, @RequestParam UUID optionId, @AuthenticationPrincipal ShopfrontUser me,
			RedirectAttributes redirect, Locale locale) {
		DemandViewer viewer = this.viewers.of(me);
		String failed = attempt(() -> this.deciding.decide(viewer, new DemandId(id), new OptionId(optionId)), locale);
		return back(id, failed, message("demand.decided", locale), redirect);
	}

	@PostMapping("/demands/{id}/decline")
	String decline(@PathVariable UUID id, @Valid @ModelAttribute("decline") TextForm form, BindingResult errors,
			@AuthenticationPrincipal ShopfrontUser me, Model model, RedirectAttributes redirect, Locale locale) {
		DemandViewer viewer = this.viewers.of(me);
		if (errors.hasErrors()) {
			return again(viewer, new DemandId(id), "decline", errors, false, model, locale);
		}
		String failed = attempt(() -> this.deciding.decline(viewer, new DemandId(id), form.text()), locale);
		return back(id, failed, message("demand.declined", locale), redirect);
	}

	/** The page (or, for htmx, the thread) again, with the text's problem beside it. */
	private String again(DemandViewer viewer, DemandId id, String form, BindingResult errors, boolean htmx, Model model,
			Locale locale) {
		model.addAttribute("page", this.pages.page(viewer, id, null));
		model.addAttribute("textError", form);
		model.addAttribute("textProblem", this.messages.getMessage(errors.getFieldErrors().get(0), locale));
		return htmx ? "demand/thread :: thread" : "demand/demand";
	}

	/**
	 * Runs the move; the message to show when it clashed or named no option, else null.
	 */
	private String attempt(Supplier<?> move, Locale locale) {
		try {
			move.get();
			return null;
		}
		catch (Conflict ex) {
			return this.messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale);
		}
		catch (InvalidInput ex) {
			return this.messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale);
		}
	}

	private String back(UUID id, String failed, String success, RedirectAttributes redirect) {
		if (failed != null) {
			redirect.addFlashAttribute("flashError", failed);
		}
		else if (success != null) {
			redirect.addFlashAttribute("flashSuccess", success);
		}
		return "redirect:/demands/" + id;
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
