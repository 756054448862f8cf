package org.shopfront.ordering;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * An order's page but for what its reader may do: its story (the title, the status, the
 * promise, the timeline) and its details ({@code ordering/order-story.html}). Their
 * messages, dates and conditions were most of the page's CPU, so they are rendered once
 * per what they show and kept. The key is that data itself, read for every view as before
 * (the order with its version, the steps ordering wrote, the promises), with whether the
 * reader is the order's customer, the language and the context path: any change is a new
 * key, so a kept story is never out of date. The actions, with their forms and CSRF
 * tokens, stay in the page (decision 0047).
 */
@Component
class OrderPages {

	private static final String TEMPLATE = "ordering/order-story";

	/**
	 * Stories kept at most: an order changes as it moves and the language comes from the
	 * browser, so keys come and go; past this many, the kept ones are forgotten and kept
	 * again as they are viewed.
	 */
	private static final int KEPT = 512;

	private final ITemplateEngine templates;

	private final ApplicationContext beans;

	private final Map<Key, Story> rendered = new ConcurrentHashMap<>();

	OrderPages(ITemplateEngine templates, ApplicationContext beans) {
		this.templates = templates;
		this.beans = beans;
	}

	/** The HTML of an order's story (the page's main column) and of its details card. */
	record Story(String main, String details) {
	}

	Story story(Order order, List<OrderStep> steps, List<OrderPromise> promises, boolean customer, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		Key key = new Key(order, steps, promises, customer, locale, request.getContextPath());
		Story story = this.rendered.get(key);
		if (story == null) {
			story = render(key, request, response);
			if (this.rendered.size() >= KEPT) {
				this.rendered.clear();
			}
			this.rendered.put(key, story);
		}
		return story;
	}

	private Story render(Key key, HttpServletRequest request, HttpServletResponse response) {
		return new Story(render("story", key, request, response), render("details", key, request, response));
	}

	private String render(String fragment, Key key, HttpServletRequest request, HttpServletResponse response) {
		// The request gives the links their context path; nothing of the
		// session goes into a kept story, not even by URL rewriting.
		HttpServletResponse noRewriting = new HttpServletResponseWrapper(response) {
			@Override
			public String encodeURL(String url) {
				return url;
			}
		};
		WebContext context = new WebContext(JakartaServletWebApplication.buildApplication(request.getServletContext())
			.buildExchange(request, noRewriting), key.locale());
		// One evaluation context per rendering:
		// Thymeleaf sets its expression objects on it.
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.beans, null));
		context.setVariable("order", key.order());
		context.setVariable("timeline", OrderTimeline.of(key.order(), key.steps(), key.promises()));
		context.setVariable("promises", key.promises());
		context.setVariable("customer", key.customer());
		return this.templates.process(TEMPLATE, Set.of(fragment), context);
	}

	private record Key(Order order, List<OrderStep> steps, List<OrderPromise> promises, boolean customer, Locale locale,
			String contextPath) {
	}

}
