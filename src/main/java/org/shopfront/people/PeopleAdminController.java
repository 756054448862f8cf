package org.shopfront.people;

import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admin pages for accounts and business units.
 */
@Controller
@RequestMapping("/admin")
class PeopleAdminController {

	private final ManagingPeople people;

	private final SignInThrottle throttle;

	PeopleAdminController(ManagingPeople people, SignInThrottle throttle) {
		this.people = people;
		this.throttle = throttle;
	}

	@ModelAttribute("allRoles")
	Role[] allRoles() {
		return Role.values();
	}

	@GetMapping("/users")
	String users(@RequestParam(defaultValue = "") String q, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("accounts", this.people.search(q));
		model.addAttribute("locked", this.throttle.lockedAccounts());
		return "people/users";
	}

	/** Lifts the wait or lock that failed sign-ins put on an account. */
	@PostMapping("/users/{id}/unlock")
	String unlock(@PathVariable UUID id, RedirectAttributes redirect) {
		this.throttle.unlock(this.people.account(new UserId(id)).username());
		redirect.addFlashAttribute("saved", true);
		return "redirect:/admin/users";
	}

	@GetMapping("/users/new")
	String newUser(Model model) {
		return userForm(model, UserForm.empty(), null);
	}

	@PostMapping("/users/new")
	String createUser(@Valid @ModelAttribute("form") UserForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		UserId id = errors.hasErrors() ? null : this.people.create(form, errors);
		if (errors.hasErrors()) {
			return userForm(model, form, null);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/admin/users/" + id;
	}

	@GetMapping("/users/{id}")
	String editUser(@PathVariable UUID id, Model model) {
		return userForm(model, UserForm.of(this.people.account(new UserId(id))), new UserId(id));
	}

	@PostMapping("/users/{id}")
	String saveUser(@PathVariable UUID id, @Valid @ModelAttribute("form") UserForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		UserId userId = new UserId(id);
		if (!errors.hasErrors()) {
			this.people.edit(userId, form, errors);
		}
		if (errors.hasErrors()) {
			return userForm(model, form, userId);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/admin/users/" + id;
	}

	@GetMapping("/units")
	String units(Model model) {
		model.addAttribute("units", this.people.units());
		return unitForm(model, UnitForm.empty(), null);
	}

	@PostMapping("/units")
	String createUnit(@Valid @ModelAttribute("form") UnitForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			this.people.createUnit(form, errors);
		}
		if (errors.hasErrors()) {
			model.addAttribute("units", this.people.units());
			return unitForm(model, form, null);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/admin/units";
	}

	@GetMapping("/units/{id}")
	String editUnit(@PathVariable UUID id, Model model) {
		BusinessUnit unit = this.people.unit(new UnitId(id));
		model.addAttribute("units", this.people.units());
		return unitForm(model,
				new UnitForm(unit.name(), unit.headId() == null ? null : unit.headId().value(), unit.version()),
				unit.id());
	}

	@PostMapping("/units/{id}")
	String saveUnit(@PathVariable UUID id, @Valid @ModelAttribute("form") UnitForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			this.people.editUnit(new UnitId(id), form, errors);
		}
		if (errors.hasErrors()) {
			model.addAttribute("units", this.people.units());
			return unitForm(model, form, new UnitId(id));
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/admin/units";
	}

	private String userForm(Model model, UserForm form, UserId id) {
		model.addAttribute("form", form);
		model.addAttribute("userId", id);
		model.addAttribute("units", this.people.units());
		model.addAttribute("candidates", this.people.search(""));
		return "people/user-form";
	}

	private String unitForm(Model model, UnitForm form, UnitId id) {
		model.addAttribute("form", form);
		model.addAttribute("unitId", id);
		model.addAttribute("candidates", this.people.search(""));
		return "people/units";
	}

}
