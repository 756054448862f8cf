package org.shopfront.people;

import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person's own API tokens (under their menu), and every token with service accounts for
 * admins. A new token's secret is shown on the page that follows its creation, once.
 */
@Controller
class TokenController {

	private final ManagingTokens tokens;

	private final ManagingPeople people;

	TokenController(ManagingTokens tokens, ManagingPeople people) {
		this.tokens = tokens;
		this.people = people;
	}

	@GetMapping("/account/tokens")
	String mine(@AuthenticationPrincipal ShopfrontUser me, Model model) {
		return page(model, TokenForm.empty(), me, false);
	}

	@PostMapping("/account/tokens")
	String createMine(@Valid @ModelAttribute("form") TokenForm form, BindingResult errors,
			@AuthenticationPrincipal ShopfrontUser me, Model model, RedirectAttributes redirect) {
		return create(form, errors, me, false, model, redirect);
	}

	@PostMapping("/account/tokens/{id}/revoke")
	String revokeMine(@PathVariable UUID id, @AuthenticationPrincipal ShopfrontUser me) {
		this.tokens.revoke(me, id);
		return "redirect:/account/tokens";
	}

	@GetMapping("/admin/tokens")
	String all(@AuthenticationPrincipal ShopfrontUser me, Model model) {
		return page(model, TokenForm.empty(), me, true);
	}

	@PostMapping("/admin/tokens")
	String createForService(@Valid @ModelAttribute("form") TokenForm form, BindingResult errors,
			@AuthenticationPrincipal ShopfrontUser me, Model model, RedirectAttributes redirect) {
		return create(form, errors, me, true, model, redirect);
	}

	@PostMapping("/admin/tokens/{id}/revoke")
	String revokeAny(@PathVariable UUID id, @AuthenticationPrincipal ShopfrontUser me) {
		this.tokens.revoke(me, id);
		return "redirect:/admin/tokens";
	}

	@GetMapping("/admin/service-accounts/new")
	String newServiceAccount(Model model) {
		model.addAttribute("form", ServiceAccountForm.empty());
		model.addAttribute("allRoles", Role.values());
		return "people/service-account-form";
	}

	@PostMapping("/admin/service-accounts/new")
	String createServiceAccount(@Valid @ModelAttribute("form") ServiceAccountForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			this.people.createServiceAccount(form, errors);
		}
		if (errors.hasErrors()) {
			model.addAttribute("allRoles", Role.values());
			return "people/service-account-form";
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/admin/tokens";
	}

	/** Makes the token and shows its secret once on the next page, or the form again. */
	private String create(TokenForm form, BindingResult errors, ShopfrontUser me, boolean admin, Model model,
			RedirectAttributes redirect) {
		ManagingTokens.Created created = null;
		if (!errors.hasErrors()) {
			created = admin ? this.tokens.createForServiceAccount(me, form, errors)
					: this.tokens.createOwn(me, form, errors);
		}
		if (created == null) {
			return page(model, form, me, admin);
		}
		redirect.addFlashAttribute("created", created);
		return admin ? "redirect:/admin/tokens" : "redirect:/account/tokens";
	}

	private String page(Model model, TokenForm form, ShopfrontUser me, boolean admin) {
		model.addAttribute("form", form);
		model.addAttribute("admin", admin);
		model.addAttribute("scopes", TokenScope.values());
		model.addAttribute("days", TokenForm.DAYS);
		model.addAttribute("tokens", admin ? this.tokens.all() : this.tokens.ownedBy(me.id()));
		if (admin) {
			model.addAttribute("serviceAccounts", this.tokens.serviceAccounts());
		}
		return "people/tokens";
	}

}
