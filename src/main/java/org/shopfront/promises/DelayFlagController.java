package org.shopfront.promises;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import org.shopfront.ordering.OrderId;
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
 * The fulfiller's "this will be late" flag on the order page. It returns to the order
 * page: with a notice when the customer has been told, or with the form as it was sent
 * and each error beside its field ({@code delay}, {@code delayErrors}).
 */
@Controller
class DelayFlagController {

	private final AtRiskWatch watch;

	private final MessageSource messages;

	DelayFlagController(AtRiskWatch watch, MessageSource messages) {
		this.watch = watch;
		this.messages = messages;
	}

	@PostMapping("/promises/orders/{orderId}/delay")
	String flagDelay(@PathVariable UUID orderId, @Valid @ModelAttribute("delay") DelayForm form, BindingResult errors,
			@AuthenticationPrincipal ShopfrontUser me, RedirectAttributes redirect, Locale locale) {
		String orderPage = "redirect:/orders/" + orderId;
		if (!errors.hasErrors()) {
			try {
				this.watch.flagDelay(new OrderId(orderId), me.id(), form.reason().strip(), form.newDate());
				redirect.addFlashAttribute("flashSuccess",
						this.messages.getMessage("promise.delay.flagged", null, locale));
				return orderPage;
			}
			catch (InvalidInput ex) {
				errors.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), null);
			}
			catch (Conflict ex) {
				redirect.addFlashAttribute("flashError",
						this.messages.getMessage(ex.messageKey(), ex.arguments(), locale));
				return orderPage;
			}
		}
		Map<String, String> fields = new LinkedHashMap<>();
		for (FieldError error : errors.getFieldErrors()) {
			fields.putIfAbsent(error.getField(), this.messages.getMessage(error, locale));
		}
		redirect.addFlashAttribute("delay", form);
		redirect.addFlashAttribute("delayErrors", fields);
		return orderPage;
	}

}
