package org.shopfront.painpoints;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * What the business may read of the listening post: the pain points and IT's
 * improvements, with their before and after. The template is given no ticket and shows no
 * caller; every signed-in person may read it, and anonymous visitors too when
 * {@code shopfront.public-pages} is on.
 */
@Controller
class PublicPainPointsController {

	private final PainPointBoardPages board;

	PublicPainPointsController(PainPointBoardPages board) {
		this.board = board;
	}

	@GetMapping("/pain-points/public")
	String painPoints(Locale locale, HttpServletRequest request, Model model) {
		model.addAttribute("painPoints", this.board.html(false, locale, request.getContextPath()));
		return "painpoints/public";
	}

}
