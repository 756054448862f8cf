package org.shopfront.catalog;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
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

	private final DeliveryEstimates delivery;

	private final Clock clock;

	private final ObjectProvider<ProviderRecords> records;

	StoreController(StoreQueries store, StoreGrid grid, DeliveryEstimates delivery, Clock clock,
			ObjectProvider<ProviderRecords> records) {
		this.store = store;
		this.grid = grid;
		this.delivery = delivery;
		this.clock = clock;
		this.records = records;
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
	String need(@PathVariable UUID id, Model model) {
		StoreQueries.NeedPage page = this.store.need(new NeedId(id));
		Instant now = this.clock.instant();
		Map<OfferingId, DeliveryQuote> quotes = new HashMap<>();
		Offering fastest = null;
		Offering cheapest = null;
		for (StoreQueries.Option option : page.options()) {
			Offering o = option.offering();
			DeliveryQuote quote = this.delivery.quote(o, now);
			quotes.put(o.id(), quote);
			if (quote.promisable() && (fastest == null || quote.before(quotes.get(fastest.id())))) {
				fastest = o;
			}
			if (cheapest == null || o.firstYearCost().compareTo(cheapest.firstYearCost()) < 0) {
				cheapest = o;
			}
		}
		model.addAttribute("page", page);
		model.addAttribute("quotes", quotes);
		// With a single option there is nothing to tell apart.
		boolean compared = page.options().size() > 1;
		model.addAttribute("fastestId", (compared && fastest != null) ? fastest.id() : null);
		model.addAttribute("cheapestId", (compared && cheapest != null) ? cheapest.id() : null);
		ProviderRecords records = this.records.getIfAvailable();
		model.addAttribute("records", (records != null) ? records.all() : Map.of());
		return "catalog/need";
	}

}
