package org.shopfront.tickets;

import java.util.UUID;

import jakarta.validation.Valid;

import org.shopfront.shared.InvalidInput;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The profile editor: name a CSV layout and say which column holds which ticket field.
 */
@Controller
class ImportProfileController {

	private final ManagingImportProfiles profiles;

	ImportProfileController(ManagingImportProfiles profiles) {
		this.profiles = profiles;
	}

	@GetMapping("/listening/profiles/new")
	String newProfile(Model model) {
		model.addAttribute("form", ImportProfileForm.empty());
		return "tickets/profile-form";
	}

	@PostMapping("/listening/profiles/new")
	String create(@Valid @ModelAttribute("form") ImportProfileForm form, BindingResult errors,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				this.profiles.create(form);
				redirect.addFlashAttribute("saved", true);
				return "redirect:/listening/import";
			}
			catch (InvalidInput ex) {
				errors.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), null);
			}
		}
		return "tickets/profile-form";
	}

	@GetMapping("/listening/profiles/{id}")
	String edit(@PathVariable UUID id, Model model) {
		model.addAttribute("form", ImportProfileForm.of(this.profiles.profile(id)));
		model.addAttribute("profileId", id);
		return "tickets/profile-form";
	}

	@PostMapping("/listening/profiles/{id}")
	String save(@PathVariable UUID id, @Valid @ModelAttribute("form") ImportProfileForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				this.profiles.edit(id, form);
				redirect.addFlashAttribute("saved", true);
				return "redirect:/listening/import";
			}
			catch (InvalidInput ex) {
				errors.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), null);
			}
		}
		model.addAttribute("profileId", id);
		return "tickets/profile-form";
	}

}
