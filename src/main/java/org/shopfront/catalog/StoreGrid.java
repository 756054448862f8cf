package org.shopfront.catalog;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
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
	 * Grids kept at most: searches come as people type, so past this many the kept ones
	 * are forgotten and kept again as they are asked for.
	 */
	private static final int KEPT = 512;

	private final StoreQueries store;

	private final FastestDates fastest;

	private final ITemplateEngine templates;

	private final ApplicationContext beans;

	private final long cacheNanos;

	private final Map<Key, Rendered> rendered = new ConcurrentHashMap<>();

	/** Moves on with every edit, so a grid rendered before it is not kept after it. */
	private final AtomicLong edits = new AtomicLong();

	StoreGrid(StoreQueries store, FastestDates fastest, ITemplateEngine templates, ApplicationContext context,
			@Value("${shopfront.store.grid-cache-for:30s}") Duration cacheFor) {
		this.store = store;
		this.fastest = fastest;
		this.templates = templates;
		this.beans = context;
		this.cacheNanos = cacheFor.toNanos();
	}

	/** The grid's HTML: the {@code #results} element with a card per need found. */
	String html(Category category, String query, Locale locale, String contextPath) {
		if (this.cacheNanos <= 0) {
			return render(this.store.search(category, query), locale, contextPath);
		}
		// The words decide what a search finds (StoreQueries.terms), so "Laptop" and
		// "laptop!" share a grid.
		Key key = new Key(category, StoreQueries.terms(query), locale, contextPath);
		long now = System.nanoTime();
		Rendered kept = this.rendered.get(key);
		if (kept != null && kept.edits() == this.edits.get() && now - kept.at() < this.cacheNanos) {
			return kept.html();
		}
		long edits = this.edits.get();
		String html = render(this.store.search(category, query), locale, contextPath);
		if (edits == this.edits.get()) {
			if (this.rendered.size() >= KEPT) {
				this.rendered.clear();
			}
			this.rendered.put(key, new Rendered(html, now, edits));
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
		this.rendered.clear();
	}

	private String render(List<StoreQueries.NeedCard> needs, Locale locale, String contextPath) {
		Context context = new Context(locale);
		// One evaluation context per rendering:
		// Thymeleaf sets its expression objects on it.
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.beans, null));
		context.setVariable("needs", needs);
		context.setVariable("fastest", this.fastest.now());
		context.setVariable("contextPath", contextPath);
		return this.templates.process(TEMPLATE, context);
	}

	private record Key(Category category, List<String> words, Locale locale, String contextPath) {
	}

	private record Rendered(String html, long at, long edits) {
	}

}
