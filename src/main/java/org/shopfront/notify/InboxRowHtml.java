package org.shopfront.notify;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

import org.springframework.context.ApplicationContext;
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

	/** Notices kept at most (one is under a kilobyte); when full, they are all let go. */
	private static final int KEPT = 10_000;

	private final ITemplateEngine templates;

	private final ApplicationContext beans;

	private final Map<InboxRow, String> rendered = new ConcurrentHashMap<>();

	InboxRowHtml(ITemplateEngine templates, ApplicationContext beans) {
		this.templates = templates;
		this.beans = beans;
	}

	List<String> of(List<InboxRow> rows, Locale locale) {
		return rows.stream().map((row) -> html(row, locale)).toList();
	}

	private String html(InboxRow row, Locale locale) {
		String html = this.rendered.get(row);
		if (html == null) {
			html = render(row, locale);
			if (this.rendered.size() >= KEPT) {
				this.rendered.clear();
			}
			this.rendered.put(row, html);
		}
		return html;
	}

	private String render(InboxRow row, Locale locale) {
		Context context = new Context(locale);
		// One evaluation context per rendering:
		// Thymeleaf sets its expression objects on it.
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.beans, null));
		context.setVariable("n", row);
		return this.templates.process("notify/item", context);
	}

}
