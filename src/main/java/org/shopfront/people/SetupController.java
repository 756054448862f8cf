package org.shopfront.people;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The page behind the setup link of a fresh install: choose the first administrator's
 * name and password. The link is dead (410) once it has expired or any administrator
 * exists.
 */
@Controller
class SetupController {

	private final SetupLinks links;

	private final FirstAdmin firstAdmin;

	private final ManagingPeople people;

	SetupController(SetupLinks links, FirstAdmin firstAdmin, ManagingPeople people) {
		this.links = links;
		this.firstAdmin = firstAdmin;
		this.people = people;
	}

	@GetMapping("/setup/{token}")
	String form(@PathVariable String token, Model model, HttpServletResponse response) {
		if (!usable(token)) {
			return dead(response);
		}
		model.addAttribute("form", SetupForm.empty());
		return page(token, model);
	}

	@PostMapping("/setup/{token}")
	String create(@PathVariable String token, @Valid @ModelAttribute("form") SetupForm form, BindingResult errors,
			Model model, HttpServletResponse response) {
		if (!usable(token)) {
			return dead(response);
		}
		if (!errors.hasFieldErrors("password")) {
			this.people.checkPassword(form.username(), form.password(), errors);
		}
		if (errors.hasErrors()) {
			return page(token, model);
		}
		if (this.firstAdmin.create(form.username().strip(), form.displayName().strip(), form.email().strip(),
				form.password()) == FirstAdmin.Outcome.ALREADY_THERE) {
			return dead(response);
		}
		return "redirect:/login?setup";
	}

	private static String page(String token, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
		return "people/setup";
	}

	private boolean usable(String token) {
		return this.links.valid(token) && this.firstAdmin.needed();
	}

	private static String dead(HttpServletResponse response) {
		response.setStatus(HttpStatus.GONE.value());
		return "people/setup-dead";
	}

}
