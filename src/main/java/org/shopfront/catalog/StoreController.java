package org.shopfront.catalog;

import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The store's pages: the front page, browsing and searching needs, and a need's options
 * side by side. Search answers htmx requests with just the results fragment.
 */
@Controller
class StoreController {

	private final StoreQueries store;

	private final StoreGrid grid;

	private final NeedPages needs;

	StoreController(StoreQueries store, StoreGrid grid, NeedPages needs) {
		this.store = store;
		this.grid = grid;
		this.needs = needs;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("categories", this.store.categoryCounts());
		return "catalog/home";
	}

	@GetMapping("/store")
	String store(@RequestParam(required = false) Category category, @RequestParam(defaultValue = "") String q,
			Locale locale, HttpServletRequest request, Model model) {
		model.addAttribute("category", category);
		model.addAttribute("q", q);
		model.addAttribute("categories", this.store.categoryCounts());
		model.addAttribute("results", this.grid.html(category, q, locale, request.getContextPath()));
		return "catalog/store";
	}

	/** An htmx search (as the customer types) gets only the results. */
	@GetMapping(path = "/store", headers = "HX-Request", produces = MediaType.TEXT_HTML_VALUE)
	@ResponseBody
	String storeResults(@RequestParam(required = false) Category category, @RequestParam(defaultValue = "") String q,
			Locale locale, HttpServletRequest request) {
		return this.grid.html(category, q, locale, request.getContextPath());
	}

	@GetMapping("/needs/{id}")
	String need(@PathVariable UUID id, Locale locale, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		NeedPages.Shown page = this.needs.show(new NeedId(id), locale, request, response);
		model.addAttribute("needTitle", page.title());
		model.addAttribute("comparison", page.html());
		return "catalog/need";
	}

}
