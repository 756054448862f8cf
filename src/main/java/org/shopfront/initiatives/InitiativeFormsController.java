package org.shopfront.initiatives;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.validation.Valid;

import org.shopfront.people.ShopfrontUser;
import org.shopfront.shared.Conflict;
import org.shopfront.shared.InvalidInput;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms on an initiative's page: spend, milestones, re-plans, the value and stopping.
 * Each returns to the page: with a notice when it was done, or with the form as sent and
 * each error beside its field ({@code errors}), or with the reason it could not be done
 * now (a conflict).
 */
@Controller
class InitiativeFormsController {

	private final Readers readers;

	private final ReportingProgress reporting;

	private final Replanning replanning;

	private final ClosingInitiative closing;

	private final MessageSource messages;

	InitiativeFormsController(Readers readers, ReportingProgress reporting, Replanning replanning,
			ClosingInitiative closing, MessageSource messages) {
		this.readers = readers;
		this.reporting = reporting;
		this.replanning = replanning;
		this.closing = closing;
		this.messages = messages;
	}

	@PostMapping("/initiatives/{id}/spend")
	String spend(@PathVariable UUID id, @Valid @ModelAttribute("spend") SpendForm form, BindingResult errors,
			@AuthenticationPrincipal ShopfrontUser me, RedirectAttributes redirect, Locale locale) {
		return apply(id, "spend", form, errors, redirect, locale,
				(reader) -> this.reporting.spend(reader, new InitiativeId(id), form), me);
	}

	@PostMapping("/initiatives/{id}/milestones")
	String milestone(@PathVariable UUID id, @Valid @ModelAttribute("milestone") MilestoneForm form,
			BindingResult errors, @AuthenticationPrincipal ShopfrontUser me, RedirectAttributes redirect,
			Locale locale) {
		return apply(id, "milestone", form, errors, redirect, locale,
				(reader) -> this.reporting.plan(reader, new InitiativeId(id), form), me);
	}

	@PostMapping("/initiatives/{id}/milestones/{milestone}/done")
	String done(@PathVariable UUID id, @PathVariable UUID milestone, @Valid @ModelAttribute("done") DoneForm form,
			BindingResult errors, @AuthenticationPrincipal ShopfrontUser me, RedirectAttributes redirect,
			Locale locale) {
		return apply(id, "done", form, errors, redirect, locale,
				(reader) -> this.reporting.done(reader, new InitiativeId(id), milestone, form), me);
	}

	@PostMapping("/initiatives/{id}/replan")
	String replan(@PathVariable UUID id, @Valid @ModelAttribute("replan") ReplanForm form, BindingResult errors,
			@AuthenticationPrincipal ShopfrontUser me, RedirectAttributes redirect, Locale locale) {
		return apply(id, "replan", form, errors, redirect, locale,
				(reader) -> this.replanning.replan(reader, new InitiativeId(id), form), me);
	}

	@PostMapping("/initiatives/{id}/value")
	String value(@PathVariable UUID id, @Valid @ModelAttribute("value") ValueForm form, BindingResult errors,
			@AuthenticationPrincipal ShopfrontUser me, RedirectAttributes redirect, Locale locale) {
		return apply(id, "value", form, errors, redirect, locale,
				(reader) -> this.closing.confirmValue(reader, new InitiativeId(id), form.confirmation()), me);
	}

	@PostMapping("/initiatives/{id}/stop")
	String stop(@PathVariable UUID id, @Valid @ModelAttribute("stop") StopForm form, BindingResult errors,
			@AuthenticationPrincipal ShopfrontUser me, RedirectAttributes redirect, Locale locale) {
		return apply(id, "stop", form, errors, redirect, locale,
				(reader) -> this.closing.stop(reader, new InitiativeId(id), form.reason().strip()), me);
	}

	/**
	 * Does what the form asks unless it has errors, and returns to the initiative's page
	 * with the outcome.
	 */
	private String apply(UUID id, String name, Object form, BindingResult errors, RedirectAttributes redirect,
			Locale locale, Consumer<Reader> action, ShopfrontUser me) {
		String page = "redirect:/initiatives/" + id;
		if (!errors.hasErrors()) {
			try {
				action.accept(this.readers.of(me));
				redirect.addFlashAttribute("flashSuccess",
						this.messages.getMessage("initiatives.done." + name, null, locale));
				return page + ("value".equals(name) ? "#value" : "");
			}
			catch (InvalidInput ex) {
				errors.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), null);
			}
			catch (Conflict ex) {
				redirect.addFlashAttribute("flashError",
						this.messages.getMessage(ex.messageKey(), ex.arguments(), locale));
				return page;
			}
		}
		Map<String, String> fields = new LinkedHashMap<>();
		for (FieldError error : errors.getFieldErrors()) {
			fields.putIfAbsent(error.getField(), this.messages.getMessage(error, locale));
		}
		redirect.addFlashAttribute(name, form);
		redirect.addFlashAttribute("errors", fields);
		redirect.addFlashAttribute("failed", name);
		return page + "#" + name;
	}

}
