package org.shopfront.shadowit;

import java.util.Locale;
import java.util.Optional;

import org.shopfront.people.ShopfrontUser;
import org.shopfront.shadowit.matching.Vendor;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The IT admins' review of the matcher ({@code /admin/shadow-it/review}): recurring
 * merchants without a vendor and low-confidence matches; an admin confirms the suggested
 * vendor, picks another from the directory, or says the merchant is not software. The
 * correction renames the stored lines at once and the page says how many changed.
 */
@Controller
class VendorReviewController {

	static final String PATH = "/admin/shadow-it/review";

	static final int SHOWN = 50;

	private final ReviewQueries queries;

	private final ReviewingVendors reviewing;

	private final VendorMatchers matchers;

	private final MessageSource messages;

	VendorReviewController(ReviewQueries queries, ReviewingVendors reviewing, VendorMatchers matchers,
			MessageSource messages) {
		this.queries = queries;
		this.reviewing = reviewing;
		this.matchers = matchers;
		this.messages = messages;
	}

	@GetMapping(PATH)
	String review(Model model) {
		model.addAttribute("unknown", this.queries.unknown(SHOWN));
		model.addAttribute("lowConfidence", this.queries.lowConfidence(SHOWN));
		model.addAttribute("vendors", this.matchers.directory().vendors());
		return "shadowit/review";
	}

	@PostMapping(PATH + "/confirm")
	String confirm(@RequestParam(required = false) String merchant, @RequestParam(required = false) String vendor,
			@AuthenticationPrincipal ShopfrontUser me, RedirectAttributes redirect, Locale locale) {
		Optional<Vendor> chosen = vendor(vendor);
		if (blank(merchant) || chosen.isEmpty()) {
			redirect.addFlashAttribute("flashError",
					this.messages.getMessage("shadowit.review.vendor.unknown", new Object[] { vendor }, locale));
			return "redirect:" + PATH;
		}
		int changed = this.reviewing.confirm(merchant, chosen.get().id(), me.displayName());
		redirect.addFlashAttribute("flashSuccess", this.messages.getMessage("shadowit.review.confirmed",
				new Object[] { merchant, chosen.get().name(), changed }, locale));
		return "redirect:" + PATH;
	}

	@PostMapping(PATH + "/not-software")
	String notSoftware(@RequestParam(required = false) String merchant, @AuthenticationPrincipal ShopfrontUser me,
			RedirectAttributes redirect, Locale locale) {
		if (blank(merchant)) {
			return "redirect:" + PATH;
		}
		int changed = this.reviewing.notSoftware(merchant, me.displayName());
		redirect.addFlashAttribute("flashSuccess",
				this.messages.getMessage("shadowit.review.notSoftware", new Object[] { merchant, changed }, locale));
		return "redirect:" + PATH;
	}

	/** The vendor picked in the search box: by id, or by name without regard to case. */
	private Optional<Vendor> vendor(String text) {
		if (blank(text)) {
			return Optional.empty();
		}
		String wanted = text.strip();
		return this.matchers.directory()
			.find(wanted)
			.or(() -> this.matchers.directory()
				.vendors()
				.stream()
				.filter((v) -> v.name().equalsIgnoreCase(wanted))
				.findFirst());
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
