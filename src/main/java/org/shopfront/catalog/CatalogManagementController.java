package org.shopfront.catalog;

import java.math.BigDecimal;
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
 * The service owner's pages for running the catalog.
 */
@Controller
@RequestMapping("/manage")
class CatalogManagementController {

	private final ManagingCatalog catalog;

	CatalogManagementController(ManagingCatalog catalog) {
		this.catalog = catalog;
	}

	@ModelAttribute("allCategories")
	Category[] categories() {
		return Category.values();
	}

	@ModelAttribute("allKinds")
	ProviderKind[] kinds() {
		return ProviderKind.values();
	}

	@GetMapping
	String overview(Model model) {
		model.addAttribute("needs", this.catalog.needs());
		model.addAttribute("providers", this.catalog.providers());
		return "catalog/manage";
	}

	@GetMapping("/needs/new")
	String newNeed(Model model) {
		model.addAttribute("form", NeedForm.empty());
		return "catalog/need-form";
	}

	@PostMapping("/needs/new")
	String createNeed(@Valid @ModelAttribute("form") NeedForm form, BindingResult errors, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return "catalog/need-form";
		}
		NeedId id = this.catalog.createNeed(form);
		redirect.addFlashAttribute("saved", true);
		return "redirect:/manage/needs/" + id;
	}

	@GetMapping("/needs/{id}")
	String editNeed(@PathVariable UUID id, Model model) {
		Need need = this.catalog.need(new NeedId(id));
		model.addAttribute("form", NeedForm.of(need));
		return needPage(model, need);
	}

	@PostMapping("/needs/{id}")
	String saveNeed(@PathVariable UUID id, @Valid @ModelAttribute("form") NeedForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		NeedId needId = new NeedId(id);
		if (errors.hasErrors()) {
			return needPage(model, this.catalog.need(needId));
		}
		this.catalog.editNeed(needId, form);
		redirect.addFlashAttribute("saved", true);
		return "redirect:/manage/needs/" + id;
	}

	/**
	 * The new-offering form, pre-filled when the link gives a provider, title, summary or
	 * monthly price (the shadow IT board's "add to the store").
	 */
	@GetMapping("/needs/{id}/offerings/new")
	String newOffering(@PathVariable UUID id, @RequestParam(required = false) UUID provider,
			@RequestParam(required = false) String title, @RequestParam(required = false) String summary,
			@RequestParam(required = false) BigDecimal monthlyPrice, Model model) {
		return offeringPage(model, this.catalog.need(new NeedId(id)),
				OfferingForm.prefilled(provider, title, summary, monthlyPrice), null);
	}

	@PostMapping("/needs/{id}/offerings/new")
	String createOffering(@PathVariable UUID id, @Valid @ModelAttribute("form") OfferingForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		NeedId needId = new NeedId(id);
		if (!errors.hasErrors()) {
			this.catalog.createOffering(needId, form, errors);
		}
		if (errors.hasErrors()) {
			return offeringPage(model, this.catalog.need(needId), form, null);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/manage/needs/" + id;
	}

	@GetMapping("/offerings/{id}")
	String editOffering(@PathVariable UUID id, Model model) {
		Offering offering = this.catalog.offering(new OfferingId(id));
		return offeringPage(model, this.catalog.need(offering.needId()), OfferingForm.of(offering), offering.id());
	}

	@PostMapping("/offerings/{id}")
	String saveOffering(@PathVariable UUID id, @Valid @ModelAttribute("form") OfferingForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		OfferingId offeringId = new OfferingId(id);
		Offering current = this.catalog.offering(offeringId);
		if (!errors.hasErrors()) {
			this.catalog.editOffering(offeringId, form, errors);
		}
		if (errors.hasErrors()) {
			return offeringPage(model, this.catalog.need(current.needId()), form, offeringId);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/manage/needs/" + current.needId();
	}

	@GetMapping("/providers/new")
	String newProvider(Model model) {
		model.addAttribute("form", ProviderForm.empty());
		return "catalog/provider-form";
	}

	@PostMapping("/providers/new")
	String createProvider(@Valid @ModelAttribute("form") ProviderForm form, BindingResult errors,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			this.catalog.createProvider(form, errors);
		}
		if (errors.hasErrors()) {
			return "catalog/provider-form";
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/manage";
	}

	@GetMapping("/providers/{id}")
	String editProvider(@PathVariable UUID id, Model model) {
		Provider provider = this.catalog.provider(new ProviderId(id));
		model.addAttribute("form", ProviderForm.of(provider));
		model.addAttribute("providerId", provider.id());
		return "catalog/provider-form";
	}

	@PostMapping("/providers/{id}")
	String saveProvider(@PathVariable UUID id, @Valid @ModelAttribute("form") ProviderForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		ProviderId providerId = new ProviderId(id);
		if (!errors.hasErrors()) {
			this.catalog.editProvider(providerId, form, errors);
		}
		if (errors.hasErrors()) {
			model.addAttribute("providerId", providerId);
			return "catalog/provider-form";
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/manage";
	}

	private String needPage(Model model, Need need) {
		model.addAttribute("need", need);
		model.addAttribute("offerings", this.catalog.offeringsOf(need.id()));
		model.addAttribute("providers", this.catalog.providers());
		return "catalog/need-form";
	}

	private String offeringPage(Model model, Need need, OfferingForm form, OfferingId id) {
		model.addAttribute("need", need);
		model.addAttribute("form", form);
		model.addAttribute("offeringId", id);
		model.addAttribute("providers", this.catalog.providers());
		return "catalog/offering-form";
	}

}
