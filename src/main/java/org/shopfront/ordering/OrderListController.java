package org.shopfront.ordering;

import java.util.Locale;
import java.util.UUID;

import org.shopfront.people.ShopfrontUser;
import org.shopfront.shared.paging.Page;
import org.shopfront.shared.paging.PageRequest;
import org.shopfront.shared.paging.Paging;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The order lists as pages, a page at a time: my orders, my team's, approvals and the
 * fulfilment queue. The "more" link at the end of a list asks, through htmx, for the next
 * rows alone; without htmx it opens the page that starts there.
 */
@Controller
class OrderListController {

	private final OrderQueries queries;

	private final Paging paging;

	private final OrderRows rows;

	private final OrderRowHtml html;

	OrderListController(OrderQueries queries, Paging paging, OrderRows rows, OrderRowHtml html) {
		this.queries = queries;
		this.paging = paging;
		this.rows = rows;
		this.html = html;
	}

	@GetMapping("/orders")
	String orders(@RequestParam(defaultValue = "mine") String scope, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String cursor,
			@RequestHeader(name = "HX-Request", required = false) String htmx,
			@AuthenticationPrincipal ShopfrontUser me, HttpServletRequest request, Model model) {
		Viewer viewer = Viewer.of(me);
		boolean reports = "reports".equals(scope);
		OrderSort order = OrderSort.parse(sort);
		// The same scope as the API's, so that a page's "more" link and the API's next
		// link
		// are one and the same position.
		PageRequest page = this.paging.request(cursor, null, "orders", reports ? "reports" : "mine", viewer.id(),
				order);
		Page<OrderSummary> orders = reports ? this.queries.ofReports(viewer, order, page)
				: this.queries.placedBy(viewer, order, page);
		model.addAttribute("scope", reports ? "reports" : "mine");
		model.addAttribute("hasReports", reports || this.queries.hasReports(viewer));
		return show(model, request, page, orders, order, reports, htmx, "ordering/orders");
	}

	@GetMapping("/approvals")
	String approvals(@RequestParam(required = false) String sort, @RequestParam(required = false) String cursor,
			@RequestHeader(name = "HX-Request", required = false) String htmx,
			@AuthenticationPrincipal ShopfrontUser me, HttpServletRequest request, Model model) {
		Viewer viewer = Viewer.of(me);
		OrderSort order = OrderSort.parse(sort);
		PageRequest page = this.paging.request(cursor, null, "approvals", viewer.id(), order);
		return show(model, request, page, this.queries.awaitingApprovalBy(viewer, order, page), order, true, htmx,
				"ordering/approvals");
	}

	@GetMapping("/fulfilment")
	String queue(@RequestParam(required = false) OrderStatus status, @RequestParam(required = false) UUID provider,
			@RequestParam(required = false) Integer minAgeDays, @RequestParam(defaultValue = "false") boolean mine,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String cursor,
			@RequestHeader(name = "HX-Request", required = false) String htmx,
			@AuthenticationPrincipal ShopfrontUser me, HttpServletRequest request, Model model) {
		Viewer viewer = Viewer.of(me);
		QueueFilter filter = new QueueFilter(status, provider, minAgeDays, mine);
		OrderSort order = OrderSort.parse(sort);
		PageRequest page = this.paging.request(cursor, null, "queue", viewer.id(), order, filter);
		model.addAttribute("filter", filter);
		model.addAttribute("statuses", OrderStatus.values());
		model.addAttribute("providers", this.queries.queueProviders());
		return show(model, request, page, this.queries.queue(viewer, filter, order, page), order, true, htmx,
				"ordering/queue");
	}

	/** The whole page, or for htmx's "more" the next rows alone. */
	private String show(Model model, HttpServletRequest request, PageRequest page, Page<OrderSummary> orders,
			OrderSort sort, boolean showCustomer, String htmx, String view) {
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("orders",
				this.html.of(this.rows.of(orders.items(), showCustomer, locale, request.getContextPath()), locale));
		model.addAttribute("next", this.paging.nextLink(page, orders));
		model.addAttribute("sort", sort.key());
		model.addAttribute("showCustomer", showCustomer);
		return (htmx != null && !page.first()) ? "ordering/list :: rows" : view;
	}

}
