package org.shopfront.ordering;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.shopfront.shared.Kept;
import org.shopfront.shared.RenderedOnce;

import org.springframework.stereotype.Component;

/**
 * The order lists' rows as HTML ({@code ordering/row.html}), each rendered once and kept
 * for as long as the row reads the same (issue 14: rendering full pages of rows was the
 * lists' cost at company size). The key is the {@link OrderRow} itself, every word and
 * link of the row already worded for its viewer, and the template uses nothing else: a
 * kept row is shown only where the same row would be rendered again, whoever asks, so it
 * never crosses languages or rights, and a row whose order moved (its status, its
 * promise, its age in words) is a new key.
 */
@Component
class OrderRowHtml {

	/**
	 * Rows kept at most (a row is about a kilobyte); when full, the rows asked for least
	 * are let go.
	 */
	private static final int KEPT = 10_000;

	private final RenderedOnce renders;

	private final Kept<OrderRow, String> rendered;

	OrderRowHtml(RenderedOnce renders) {
		this.renders = renders;
		this.rendered = renders.keep("order-rows", KEPT);
	}

	List<String> of(List<OrderRow> rows, Locale locale) {
		return rows.stream().map((row) -> html(row, locale)).toList();
	}

	private String html(OrderRow row, Locale locale) {
		return this.rendered.get(row, (r) -> this.renders.render("ordering/row", Set.of(), locale, Map.of("o", r)));
	}

}
