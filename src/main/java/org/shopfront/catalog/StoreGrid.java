package org.shopfront.catalog;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.shopfront.shared.Kept;
import org.shopfront.shared.RenderedOnce;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The store's grid of need cards. Browsing (all needs, or one aisle) and searching show
 * the same grid to everyone, and rendering its cards is most of what the store page
 * costs, so a grid is rendered once per aisle, search words, language and context path
 * and kept until the catalog is edited on this node, or for
 * {@code shopfront.store.grid-cache-for} (30 s) at most, which bounds how long another
 * node's edit takes to show.
 */
@Component
class StoreGrid {

	private static final String TEMPLATE = "catalog/store-results";

	/**
	 * Grids kept at most: searches come as people type, so past this many the grids asked
	 * for least are let go.
	 */
	private static final int KEPT = 512;

	private final StoreQueries store;

	private final FastestDates fastest;

	private final RenderedOnce renders;

	private final boolean keeping;

	private final Kept<Key, Rendered> rendered;

	/** Moves on with every edit, so a grid rendered before it is not kept after it. */
	private final AtomicLong edits = new AtomicLong();

	StoreGrid(StoreQueries store, FastestDates fastest, RenderedOnce renders,
			@Value("${shopfront.store.grid-cache-for:30s}") Duration cacheFor) {
		this.store = store;
		this.fastest = fastest;
		this.renders = renders;
		this.keeping = !cacheFor.isNegative() && !cacheFor.isZero();
		this.rendered = renders.keep("store-grid", KEPT, cacheFor);
	}

	/** The grid's HTML: the {@code #results} element with a card per need found. */
	String html(Category category, String query, Locale locale, String contextPath) {
		if (!this.keeping) {
			return render(this.store.search(category, query), locale, contextPath);
		}
		// The words decide what a search finds (StoreQueries.terms), so "Laptop" and
		// "laptop!" share a grid.
		Key key = new Key(category, StoreQueries.terms(query), locale, contextPath);
		Rendered kept = this.rendered.find(key);
		if (kept != null && kept.edits() == this.edits.get()) {
			return kept.html();
		}
		long edits = this.edits.get();
		String html = render(this.store.search(category, query), locale, contextPath);
		if (edits == this.edits.get()) {
			this.rendered.put(key, new Rendered(html, edits));
		}
		return html;
	}

	/**
	 * The catalog was edited: grids rendered before are not shown again once the edit is
	 * committed.
	 */
	void catalogEdited() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					forget();
				}
			});
		}
		forget();
	}

	private void forget() {
		this.edits.incrementAndGet();
		this.rendered.forgetAll();
	}

	private String render(List<StoreQueries.NeedCard> needs, Locale locale, String contextPath) {
		return this.renders.render(TEMPLATE, Set.of(), locale,
				Map.of("needs", needs, "fastest", this.fastest.now(), "contextPath", contextPath));
	}

	private record Key(Category category, List<String> words, Locale locale, String contextPath) {
	}

	private record Rendered(String html, long edits) {
	}

}
