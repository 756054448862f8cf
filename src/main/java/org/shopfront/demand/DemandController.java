package org.shopfront.demand;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.shopfront.people.ShopfrontUser;
import org.shopfront.shared.Formats;
import org.shopfront.shared.UnboundForm;

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
 * The demands' list, the demand form and a demand's page (its status and timeline, the
 * proposal compared side by side, the thread, the decision).
 */
@Controller
class DemandController {

	private final DemandViewers viewers;

	private final DemandQueries queries;

	private final SubmittingDemand submitting;

	private final DemandPages pages;

	private final Formats formats;

	DemandController(DemandViewers viewers, DemandQueries queries, SubmittingDemand submitting, DemandPages pages,
			Formats formats) {
		this.viewers = viewers;
		this.queries = queries;
		this.submitting = submitting;
		this.pages = pages;
		this.formats = formats;
	}

	@GetMapping("/demands")
	String list(@RequestParam(required = false) DemandStatus status, @AuthenticationPrincipal ShopfrontUser me,
			Model model) {
		DemandViewer viewer = this.viewers.of(me);
		model.addAttribute("demands", this.queries.list(viewer, status));
		model.addAttribute("status", status);
		model.addAttribute("statuses", DemandStatus.values());
		model.addAttribute("it", viewer.it());
		model.addAttribute("mayCreate", viewer.unit() != null);
		return "demand/list";
	}

	@GetMapping("/demands/new")
	String form(@AuthenticationPrincipal ShopfrontUser me, Model model) {
		model.addAttribute("form", DemandForm.empty(this.formats.currency().getCurrencyCode()));
		return formPage(this.viewers.of(me), model);
	}

	@PostMapping("/demands/new")
	String submit(@Valid @ModelAttribute("form") DemandForm form, BindingResult errors,
			@AuthenticationPrincipal ShopfrontUser me, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		DemandViewer viewer = this.viewers.of(me);
		if (UnboundForm.couldNotBind(form, errors)) {
			UnboundForm.showAsTyped("form", DemandForm.empty(this.formats.currency().getCurrencyCode()), errors,
					request.getParameterMap(), model);
			return formPage(viewer, model);
		}
		Demand demand = this.submitting.submit(viewer, form, errors);
		if (demand == null) {
			return formPage(viewer, model);
		}
		redirect.addFlashAttribute("submitted", true);
		return "redirect:/demands/" + demand.id();
	}

	@GetMapping("/demands/{id}")
	String demand(@PathVariable UUID id, @RequestParam(required = false) Integer version,
			@AuthenticationPrincipal ShopfrontUser me, Model model) {
		model.addAttribute("page", this.pages.page(this.viewers.of(me), new DemandId(id), version));
		return "demand/demand";
	}

	private String formPage(DemandViewer viewer, Model model) {
		model.addAttribute("leaders", this.submitting.leadersFor(viewer));
		model.addAttribute("inUnit", viewer.unit() != null);
		return "demand/form";
	}

}
