package org.shopfront.ordering;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.shopfront.shared.Kept;
import org.shopfront.shared.RenderedOnce;

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
	 * browser, so keys come and go; past this many, those viewed least are let go and
	 * kept again when they are viewed.
	 */
	private static final int KEPT = 512;

	private final RenderedOnce renders;

	private final Kept<Key, Story> rendered;

	OrderPages(RenderedOnce renders) {
		this.renders = renders;
		this.rendered = renders.keep("order-stories", KEPT);
	}

	/** The HTML of an order's story (the page's main column) and of its details card. */
	record Story(String main, String details) {
	}

	Story story(Order order, List<OrderStep> steps, List<OrderPromise> promises, boolean customer, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		Key key = new Key(order, steps, promises, customer, locale, request.getContextPath());
		return this.rendered.get(key,
				(k) -> new Story(render("story", k, request, response), render("details", k, request, response)));
	}

	private String render(String fragment, Key key, HttpServletRequest request, HttpServletResponse response) {
		// The request gives the links their context path; RenderedOnce lets nothing of
		// the session into the render, not even by URL rewriting.
		return this.renders.render(TEMPLATE, Set.of(fragment), key.locale(), request, response,
				Map.of("order", key.order(), "timeline", OrderTimeline.of(key.order(), key.steps(), key.promises()),
						"promises", key.promises(), "customer", key.customer()));
	}

	private record Key(Order order, List<OrderStep> steps, List<OrderPromise> promises, boolean customer, Locale locale,
			String contextPath) {
	}

}
