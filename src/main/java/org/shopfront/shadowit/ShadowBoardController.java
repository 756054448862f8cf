package org.shopfront.shadowit;

import java.util.UUID;

import org.shopfront.catalog.Catalog;
import org.shopfront.people.ShopfrontUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The shadow IT board for IT staff and unit heads (a unit's head sees their units only),
 * a vendor's page with its history, and IT's actions on a vendor.
 */
@Controller
class ShadowBoardController {

	private final ShadowBoard board;

	private final ActingOnVendors acting;

	private final Catalog catalog;

	ShadowBoardController(ShadowBoard board, ActingOnVendors acting, Catalog catalog) {
		this.board = board;
		this.acting = acting;
		this.catalog = catalog;
	}

	@GetMapping("/shadow-it")
	String board(@AuthenticationPrincipal ShopfrontUser me, @RequestParam(required = false) String unit,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model) {
		model.addAttribute("board", this.board.board(me, unit, from, to));
		return "shadowit/board";
	}

	@GetMapping("/shadow-it/vendors/{vendor}")
	String vendor(@AuthenticationPrincipal ShopfrontUser me, @PathVariable String vendor,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model) {
		Board board = this.board.board(me, null, from, to);
		model.addAttribute("board", board);
		model.addAttribute("row", this.board.vendor(me, vendor, from, to));
		model.addAttribute("needs", this.catalog.needOptions());
		return "shadowit/vendor";
	}

	@PostMapping("/shadow-it/vendors/{vendor}/store")
	String addToStore(@AuthenticationPrincipal ShopfrontUser me, @PathVariable String vendor, @RequestParam UUID need) {
		return "redirect:" + this.acting.addToStore(me, vendor, need);
	}

	@PostMapping("/shadow-it/vendors/{vendor}/propose")
	String propose(@AuthenticationPrincipal ShopfrontUser me, @PathVariable String vendor, @RequestParam String unit,
			@RequestParam UUID need, RedirectAttributes redirect) {
		redirect.addFlashAttribute("told", this.acting.propose(me, vendor, unit, need));
		return "redirect:/shadow-it/vendors/" + vendor;
	}

	@PostMapping("/shadow-it/vendors/{vendor}/sanction")
	String sanction(@AuthenticationPrincipal ShopfrontUser me, @PathVariable String vendor,
			RedirectAttributes redirect) {
		this.acting.sanction(me, vendor);
		redirect.addFlashAttribute("sanctioned", true);
		return "redirect:/shadow-it/vendors/" + vendor;
	}

}
