package org.shopfront.ordering;

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

	/** Rows kept at most (a row is about a kilobyte); when full, they are all let go. */
	private static final int KEPT = 10_000;

	private final ITemplateEngine templates;

	private final ApplicationContext beans;

	private final Map<OrderRow, String> rendered = new ConcurrentHashMap<>();

	OrderRowHtml(ITemplateEngine templates, ApplicationContext beans) {
		this.templates = templates;
		this.beans = beans;
	}

	List<String> of(List<OrderRow> rows, Locale locale) {
		return rows.stream().map((row) -> html(row, locale)).toList();
	}

	private String html(OrderRow row, Locale locale) {
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

	private String render(OrderRow row, Locale locale) {
		Context context = new Context(locale);
		// One evaluation context per rendering:
		// Thymeleaf sets its expression objects on it.
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.beans, null));
		context.setVariable("o", row);
		return this.templates.process("ordering/row", context);
	}

}
