package org.shopfront.initiatives;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import org.shopfront.people.ShopfrontUser;
import org.shopfront.shared.Conflict;
import org.shopfront.shared.InvalidInput;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The sponsor's side of the retailer call, in the app (the notice links here, with the
 * answer chosen): what is at risk and where it is heading, and the four answers. Only the
 * sponsor answers; anyone else who may see the initiative is refused.
 */
@Controller
class CallController {

	private final Readers readers;

	private final InitiativeDetails details;

	private final AnsweringInitiativeCall answering;

	private final MessageSource messages;

	CallController(Readers readers, InitiativeDetails details, AnsweringInitiativeCall answering,
			MessageSource messages) {
		this.readers = readers;
		this.details = details;
		this.answering = answering;
		this.messages = messages;
	}

	@GetMapping("/initiatives/{id}/call")
	String call(@PathVariable UUID id, @RequestParam(required = false) CallAnswer answer,
			@AuthenticationPrincipal ShopfrontUser me, Model model) {
		InitiativeDetail detail = sponsored(id, me);
		model.addAttribute("initiative", detail);
		model.addAttribute("call", CallForm.choosing((answer != null) ? answer : CallAnswer.MORE_TIME));
		model.addAttribute("errors", Map.of());
		return "initiatives/call";
	}

	@PostMapping("/initiatives/{id}/call")
	String answer(@PathVariable UUID id, @Valid @ModelAttribute("call") CallForm form, BindingResult errors,
			@AuthenticationPrincipal ShopfrontUser me, Model model, RedirectAttributes redirect, Locale locale) {
		InitiativeDetail detail = sponsored(id, me);
		if (!errors.hasErrors()) {
			try {
				this.answering.answer(this.readers.of(me), new InitiativeId(id), form);
				redirect.addFlashAttribute("flashSuccess",
						this.messages.getMessage("initiatives.call.done." + form.answer(), null, locale));
				return "redirect:/initiatives/" + id;
			}
			catch (InvalidInput ex) {
				errors.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), null);
			}
			catch (Conflict ex) {
				redirect.addFlashAttribute("flashError",
						this.messages.getMessage(ex.messageKey(), ex.arguments(), locale));
				return "redirect:/initiatives/" + id;
			}
		}
		Map<String, String> fields = new LinkedHashMap<>();
		for (FieldError error : errors.getFieldErrors()) {
			fields.putIfAbsent(error.getField(), this.messages.getMessage(error, locale));
		}
		model.addAttribute("initiative", detail);
		model.addAttribute("errors", fields);
		return "initiatives/call";
	}

	private InitiativeDetail sponsored(UUID id, ShopfrontUser me) {
		Reader reader = this.readers.of(me);
		InitiativeDetail detail = this.details.detail(reader, new InitiativeId(id));
		VisibleInitiatives.allow(detail.may().sponsor(), "Only the sponsor answers the call");
		return detail;
	}

}
