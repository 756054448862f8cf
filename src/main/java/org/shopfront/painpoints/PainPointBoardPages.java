package org.shopfront.painpoints;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The board's figures and their table (the {@code painPoints} fragment of
 * {@code painpoints/table}), read and rendered once per board version and kept until the
 * rollups or the improvements change (decision 0044). Rendering thirty pain points'
 * expressions was most of what the board and the public page cost. Each page view reads
 * the version (one row); a writer of the rollups moves it on in the transaction that
 * writes them, so no node shows a board older than the last commit.
 * <p>
 * The table shows nothing of its reader: it is rendered per language, the context path of
 * its links, and whether it is the staff board (with links, times and whom it hurts) or
 * the public page (pain points and improvements only, for anyone).
 */
@Component
class PainPointBoardPages {

	/**
	 * Renderings kept per board version: the language comes from the browser, so past
	 * this many a table is rendered for its reader alone.
	 */
	private static final int RENDERINGS_KEPT = 64;

	private final PainPointBoardQueries queries;

	private final ITemplateEngine templates;

	private final ApplicationContext beans;

	/**
	 * The board of one version and its renderings, by language, staff and context path.
	 */
	private record Kept(PainPointBoardQueries.Version version, PainPointBoard board, Map<String, String> html) {
	}

	private volatile Kept kept;

	PainPointBoardPages(PainPointBoardQueries queries, ITemplateEngine templates, ApplicationContext beans) {
		this.queries = queries;
		this.templates = templates;
		this.beans = beans;
	}

	/** The board's figures, as of the last commit. */
	PainPointBoard board() {
		return current().board();
	}

	/**
	 * The pain points and improvements, rendered for the staff board or the public page.
	 */
	String html(boolean staff, Locale locale, String contextPath) {
		Kept current = current();
		String key = locale.toLanguageTag() + " " + staff + " " + contextPath;
		String html = current.html().get(key);
		if (html == null) {
			html = render(current.board(), staff, locale, contextPath);
			if (current.html().size() < RENDERINGS_KEPT) {
				current.html().putIfAbsent(key, html);
			}
		}
		return html;
	}

	private Kept current() {
		PainPointBoardQueries.Version version = this.queries.version();
		Kept current = this.kept;
		if (current == null || !current.version().equals(version)) {
			current = new Kept(version, this.queries.board(), new ConcurrentHashMap<>());
			this.kept = current;
		}
		return current;
	}

	private String render(PainPointBoard board, boolean staff, Locale locale, String contextPath) {
		Context context = new Context(locale);
		// One evaluation context per rendering:
		// Thymeleaf sets its expression objects on it.
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.beans, null));
		context.setVariable("board", board);
		context.setVariable("staff", staff);
		context.setVariable("contextPath", contextPath);
		return this.templates.process("painpoints/table", Set.of("painPoints"), context);
	}

}
