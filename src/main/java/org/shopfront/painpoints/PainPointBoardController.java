package org.shopfront.painpoints;

import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.shopfront.people.ShopfrontUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pain-point board for IT staff: pain points by impact, the improvements promised,
 * and the latest mining run. While a run is going, the page's {@code mining} fragment
 * polls itself with htmx; when the run it watched has finished, the answer tells htmx to
 * reload the page so the new pain points show.
 */
@Controller
class PainPointBoardController {

	private final PainPointBoardPages board;

	private final MiningRuns runs;

	private final MiningPainPointsJob job;

	PainPointBoardController(PainPointBoardPages board, MiningRuns runs, MiningPainPointsJob job) {
		this.board = board;
		this.runs = runs;
		this.job = job;
	}

	@GetMapping("/listening")
	String board(Locale locale, HttpServletRequest request, Model model) {
		model.addAttribute("painPoints", this.board.html(true, locale, request.getContextPath()));
		model.addAttribute("latest", this.runs.latest().orElse(null));
		return "painpoints/board";
	}

	@GetMapping("/listening/mining")
	String mining(@RequestParam(name = "watching", required = false) UUID watching,
			@RequestHeader(name = "HX-Request", required = false) String htmx, HttpServletResponse response,
			Model model) {
		MiningRun latest = this.runs.latest().orElse(null);
		if (htmx == null) {
			return "redirect:/listening";
		}
		if (watching != null && latest != null && latest.id().value().equals(watching) && !latest.running()) {
			response.setHeader("HX-Refresh", "true");
		}
		model.addAttribute("latest", latest);
		return "painpoints/board :: mining";
	}

	@PostMapping("/listening/mining")
	String mine(@AuthenticationPrincipal ShopfrontUser me, RedirectAttributes redirect) {
		if (this.job.start(MiningTrigger.ON_DEMAND, me.displayName()).isEmpty()) {
			redirect.addFlashAttribute("miningBusy", true);
		}
		return "redirect:/listening";
	}

}
