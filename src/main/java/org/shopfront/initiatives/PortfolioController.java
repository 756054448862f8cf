package org.shopfront.initiatives;

import java.util.Locale;

import org.shopfront.people.ShopfrontUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The portfolio page for leaders, IT and (read-only, money only where allowed) everyone:
 * per business unit and for the company, the share of finished initiatives over budget,
 * late and short of value and the average overrun of each, beside the 45 % / 7 % / 56 %
 * record of large IT projects, the trend by quarter, and how often sponsors were told
 * early.
 */
@Controller
class PortfolioController {

	private final PortfolioPages pages;

	private final Readers readers;

	PortfolioController(PortfolioPages pages, Readers readers) {
		this.pages = pages;
		this.readers = readers;
	}

	@GetMapping("/portfolio")
	String portfolio(@AuthenticationPrincipal ShopfrontUser me, Locale locale, Model model) {
		Reader reader = this.readers.of(me);
		model.addAttribute("portfolio", this.pages.viewFor(reader, locale));
		model.addAttribute("mayList", reader.itStaff() || reader.leader() || reader.unit() != null);
		return "initiatives/portfolio";
	}

}
