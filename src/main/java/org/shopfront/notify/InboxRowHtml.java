package org.shopfront.notify;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.shopfront.shared.Kept;
import org.shopfront.shared.RenderedOnce;

import org.springframework.stereotype.Component;

/**
 * The inbox's notices as HTML ({@code notify/item.html}), each rendered once and kept for
 * as long as it reads the same, as the order lists keep their rows (decision 0043). The
 * key is the {@link InboxRow} itself, every word, time and link of the notice already
 * worded for its reader, and the template uses nothing else: no CSRF token (an unread
 * notice's button submits the page's one form, which carries the reader's token), no
 * request, no viewer. A kept notice is shown only where the same notice would be rendered
 * again, so it never crosses readers or languages, and a notice read since, or older in
 * words, is a new key.
 */
@Component
class InboxRowHtml {

	/**
	 * Notices kept at most (one is under a kilobyte); when full, those asked for least
	 * are let go.
	 */
	private static final int KEPT = 10_000;

	private final RenderedOnce renders;

	private final Kept<InboxRow, String> rendered;

	InboxRowHtml(RenderedOnce renders) {
		this.renders = renders;
		this.rendered = renders.keep("inbox-rows", KEPT);
	}

	List<String> of(List<InboxRow> rows, Locale locale) {
		return rows.stream().map((row) -> html(row, locale)).toList();
	}

	private String html(InboxRow row, Locale locale) {
		return this.rendered.get(row, (r) -> this.renders.render("notify/item", Set.of(), locale, Map.of("n", r)));
	}

}
