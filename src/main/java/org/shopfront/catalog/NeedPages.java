package org.shopfront.catalog;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.shopfront.shared.Kept;
import org.shopfront.shared.RenderedOnce;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * A need's page below the layout: the need and its options side by side
 * ({@code catalog/need-comparison.html}). Rendering the comparison's cells was most of
 * what the page cost, and what they show changes rarely, so each comparison is rendered
 * once per what it shows and kept. The key is that data itself, read for every view as
 * before (the need and its options with their stock, each option's delivery quote for an
 * order placed now, the fastest and the cheapest, the providers' track records), with the
 * language and the context path: any change of a figure is a new key, so a kept page is
 * never out of date. The comparison shows nothing of its reader (no role, no name, no
 * token), so readers share it.
 */
@Component
class NeedPages {

	private static final String TEMPLATE = "catalog/need-comparison";

	/**
	 * Comparisons kept at most: quotes move as orders open and close, and the language
	 * comes from the browser, so keys come and go; past this many, the comparisons viewed
	 * least are let go.
	 */
	private static final int KEPT = 512;

	private final StoreQueries store;

	private final DeliveryEstimates delivery;

	private final Clock clock;

	private final ObjectProvider<ProviderRecords> records;

	private final RenderedOnce renders;

	private final Kept<Key, String> rendered;

	NeedPages(StoreQueries store, DeliveryEstimates delivery, Clock clock, ObjectProvider<ProviderRecords> records,
			RenderedOnce renders) {
		this.store = store;
		this.delivery = delivery;
		this.clock = clock;
		this.records = records;
		this.renders = renders;
		this.rendered = renders.keep("need-pages", KEPT);
	}

	/** A need's page: its title and the HTML of the comparison. */
	record Shown(String title, String html) {
	}

	Shown show(NeedId id, Locale locale, HttpServletRequest request, HttpServletResponse response) {
		Key key = key(this.store.need(id), locale, request.getContextPath());
		String html = this.rendered.get(key, (k) -> render(k, request, response));
		return new Shown(key.page().need().title(), html);
	}

	private Key key(StoreQueries.NeedPage page, Locale locale, String contextPath) {
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
		// With a single option there is nothing to tell apart.
		boolean compared = page.options().size() > 1;
		return new Key(page, quotes, (compared && fastest != null) ? fastest.id() : null,
				(compared && cheapest != null) ? cheapest.id() : null, records(page), locale, contextPath);
	}

	/**
	 * The track records of the page's providers, the only ones it shows, as the
	 * scoreboard keeps them (it reads its figures at most every
	 * {@code shopfront.scoreboard.cache-for}, 10 s, and no longer reads the catalog for
	 * them, which had made this page keep them for 30 s itself).
	 */
	private Map<ProviderId, ProviderRecord> records(StoreQueries.NeedPage page) {
		ProviderRecords records = this.records.getIfAvailable();
		Map<ProviderId, ProviderRecord> all = (records != null) ? records.all() : Map.of();
		Map<ProviderId, ProviderRecord> shown = new HashMap<>();
		for (StoreQueries.Option option : page.options()) {
			ProviderRecord record = all.get(option.provider().id());
			if (record != null) {
				shown.put(option.provider().id(), record);
			}
		}
		return shown;
	}

	private String render(Key key, HttpServletRequest request, HttpServletResponse response) {
		// The request gives the links their context path (and only that: the
		// comparison shows nothing of its reader).
		Map<String, Object> variables = new HashMap<>();
		variables.put("page", key.page());
		variables.put("quotes", key.quotes());
		variables.put("fastestId", key.fastestId());
		variables.put("cheapestId", key.cheapestId());
		variables.put("records", key.records());
		return this.renders.render(TEMPLATE, key.locale(), request, response, variables);
	}

	private record Key(StoreQueries.NeedPage page, Map<OfferingId, DeliveryQuote> quotes, OfferingId fastestId,
			OfferingId cheapestId, Map<ProviderId, ProviderRecord> records, Locale locale, String contextPath) {
	}

}
