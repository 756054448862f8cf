package org.shopfront.painpoints;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.shopfront.shared.Kept;
import org.shopfront.shared.RenderedOnce;

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
	 * Renderings kept: the language comes from the browser, so past this many the
	 * renderings asked for least (those of older versions first) are let go.
	 */
	private static final int RENDERINGS_KEPT = 64;

	private final PainPointBoardQueries queries;

	private final RenderedOnce renders;

	/** The board of one version. */
	private record Read(PainPointBoardQueries.Version version, PainPointBoard board) {
	}

	/** What decides a rendering of the table. */
	private record Key(PainPointBoardQueries.Version version, Locale locale, boolean staff, String contextPath) {
	}

	private volatile Read kept;

	private final Kept<Key, String> rendered;

	PainPointBoardPages(PainPointBoardQueries queries, RenderedOnce renders) {
		this.queries = queries;
		this.renders = renders;
		this.rendered = renders.keep("pain-point-board", RENDERINGS_KEPT);
	}

	/** The board's figures, as of the last commit. */
	PainPointBoard board() {
		return current().board();
	}

	/**
	 * The pain points and improvements, rendered for the staff board or the public page.
	 */
	String html(boolean staff, Locale locale, String contextPath) {
		Read current = current();
		return this.rendered.get(new Key(current.version(), locale, staff, contextPath),
				(key) -> this.renders.render("painpoints/table", Set.of("painPoints"), locale,
						Map.of("board", current.board(), "staff", staff, "contextPath", contextPath)));
	}

	private Read current() {
		PainPointBoardQueries.Version version = this.queries.version();
		Read current = this.kept;
		if (current == null || !current.version().equals(version)) {
			current = new Read(version, this.queries.board());
			this.kept = current;
		}
		return current;
	}

}
