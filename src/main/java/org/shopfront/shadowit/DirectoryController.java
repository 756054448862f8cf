package org.shopfront.shadowit;

import java.util.List;

import jakarta.validation.Valid;

import org.shopfront.people.ShopfrontUser;
import org.shopfront.shadowit.matching.Category;
import org.shopfront.shadowit.matching.Vendor;

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
 * The IT admins' vendor directory ({@code /admin/shadow-it/vendors}): search it, add a
 * vendor, change one's name, category, domain or aliases. Problems are said beside their
 * field.
 */
@Controller
class DirectoryController {

	static final String PATH = "/admin/shadow-it/vendors";

	static final int SHOWN = 100;

	private final EditingDirectory directory;

	private final VendorMatchers matchers;

	DirectoryController(EditingDirectory directory, VendorMatchers matchers) {
		this.directory = directory;
		this.matchers = matchers;
	}

	@GetMapping(PATH)
	String list(@RequestParam(name = "q", required = false) String query, Model model) {
		List<Vendor> found = this.directory.search(query);
		model.addAttribute("q", query);
		model.addAttribute("count", found.size());
		model.addAttribute("vendors", found.subList(0, Math.min(SHOWN, found.size())));
		model.addAttribute("edited", this.directory.editedIds());
		return "shadowit/vendors";
	}

	@GetMapping(PATH + "/new")
	String newVendor(Model model) {
		model.addAttribute("form", VendorForm.empty());
		return form(model, null);
	}

	@PostMapping(PATH + "/new")
	String add(@Valid @ModelAttribute("form") VendorForm form, BindingResult errors,
			@AuthenticationPrincipal ShopfrontUser me, Model model, RedirectAttributes redirect) {
		Vendor vendor = errors.hasErrors() ? null : form.vendor(form.id(), errors);
		if (vendor == null || !this.directory.save(vendor, true, me.displayName(), errors)) {
			return form(model, null);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:" + PATH + "/" + vendor.id();
	}

	@GetMapping(PATH + "/{id}")
	String edit(@PathVariable String id, Model model) {
		model.addAttribute("form", VendorForm.of(existing(id)));
		return form(model, id);
	}

	@PostMapping(PATH + "/{id}")
	String change(@PathVariable String id, @Valid @ModelAttribute("form") VendorForm form, BindingResult errors,
			@AuthenticationPrincipal ShopfrontUser me, Model model, RedirectAttributes redirect) {
		existing(id);
		Vendor vendor = errors.hasFieldErrors("name") || errors.hasFieldErrors("domain")
				|| errors.hasFieldErrors("aliases") || errors.hasFieldErrors("category") ? null
						: form.vendor(id, errors);
		if (vendor == null || !this.directory.save(vendor, false, me.displayName(), errors)) {
			return form(model, id);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:" + PATH + "/" + id;
	}

	private Vendor existing(String id) {
		return this.matchers.directory().find(id).orElseThrow(() -> VendorNotFound.forId(id));
	}

	private String form(Model model, String id) {
		model.addAttribute("vendorId", id);
		model.addAttribute("categories", Category.values());
		return "shadowit/vendor-form";
	}

}
