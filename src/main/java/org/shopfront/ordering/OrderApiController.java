package org.shopfront.ordering;

import org.shopfront.catalog.DeliveryQuote;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.shopfront.people.ShopfrontUser;
import org.shopfront.shared.paging.PageRequest;
import org.shopfront.shared.paging.Paging;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Orders for machine clients: place, read and move them, under the same rules as the
 * pages.
 */
@RestController
@RequestMapping("/api")
@Tag(name = "Orders", description = "Place, follow and move orders")
class OrderApiController {

	private final PlacingOrder placing;

	private final MovingOrder moving;

	private final OrderQueries queries;

	private final ObjectProvider<OrderPromises> promises;

	private final Paging paging;

	OrderApiController(PlacingOrder placing, MovingOrder moving, OrderQueries queries,
			ObjectProvider<OrderPromises> promises, Paging paging) {
		this.promises = promises;
		this.paging = paging;
		this.placing = placing;
		this.moving = moving;
		this.queries = queries;
	}

	record PlaceOrderRequest(@NotNull UUID offeringId, @NotNull @Min(1) @Max(100) Integer quantity,
			@Size(max = 20) List<String> answers) {
	}

	record ReasonRequest(@NotBlank @Size(max = 2000) String text) {
	}

	record StepView(String kind, String actor, String note, Instant at) {
	}

	record OrderView(UUID id, long number, UUID offeringId, String offering, String provider, UUID customerId,
			String customer, int quantity, BigDecimal oneOffPrice, BigDecimal monthlyPrice, BigDecimal firstYearValue,
			OrderStatus status, Instant placedAt, Instant deliveredAt, Instant closedAt, Map<String, String> details,
			List<StepView> timeline, PromiseView promise) {
	}

	/**
	 * The order's current promise: by when, how sure, on what evidence, and where it
	 * stands.
	 */
	record PromiseView(Instant due, String status, double confidence, int sampleSize, String segment, boolean evidence,
			Instant newDue) {
	}

	@PostMapping("/orders")
	@Operation(summary = "Place an order; above the approval threshold it waits for the customer's manager")
	ResponseEntity<OrderView> place(@Valid @RequestBody PlaceOrderRequest request,
			@AuthenticationPrincipal ShopfrontUser me) {
		PlacingOrder.PlacedOrder placed = this.placing.place(Viewer.of(me),
				new PlaceOrder(request.offeringId(), request.quantity(), request.answers()));
		Order order = placed.order();
		DeliveryQuote q = placed.promise();
		PromiseView promise = new PromiseView(q.due(), "OPEN", q.confidence(), q.sampleSize(), q.segment(),
				q.evidence(), null);
		return ResponseEntity.created(URI.create("/api/orders/" + order.id()))
			.body(view(order, placed.timeline(), promise));
	}

	@GetMapping("/orders")
	@Operation(summary = "Orders I placed, or (scope=reports) those of the people I manage, or (scope=approvals) "
			+ "those waiting for my approval; a page at a time (limit, cursor; the next page in the Link header); "
			+ "sort=promised lists those under way by their promised date")
	ResponseEntity<List<OrderSummary>> orders(@RequestParam(defaultValue = "mine") String scope,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String cursor,
			@RequestParam(required = false) Integer limit, @AuthenticationPrincipal ShopfrontUser me) {
		Viewer viewer = Viewer.of(me);
		OrderSort order = OrderSort.parse(sort);
		String list = switch (scope) {
			case "reports", "approvals" -> scope;
			default -> "mine";
		};
		PageRequest page = this.paging.request(cursor, limit, "orders", list, viewer.id(), order);
		return this.paging.json(page, switch (list) {
			case "reports" -> this.queries.ofReports(viewer, order, page);
			case "approvals" -> this.queries.awaitingApprovalBy(viewer, order, page);
			default -> this.queries.placedBy(viewer, order, page);
		});
	}

	@GetMapping("/fulfilment/queue")
	@Operation(summary = "The fulfilment queue (fulfillers only), a page at a time (limit, cursor; the next page "
			+ "in the Link header); sort=promised by promised date")
	ResponseEntity<List<OrderSummary>> queue(@RequestParam(required = false) OrderStatus status,
			@RequestParam(required = false) UUID provider, @RequestParam(required = false) Integer minAgeDays,
			@RequestParam(defaultValue = "false") boolean mine, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit,
			@AuthenticationPrincipal ShopfrontUser me) {
		Viewer viewer = Viewer.of(me);
		QueueFilter filter = new QueueFilter(status, provider, minAgeDays, mine);
		OrderSort order = OrderSort.parse(sort);
		PageRequest page = this.paging.request(cursor, limit, "queue", viewer.id(), order, filter);
		return this.paging.json(page, this.queries.queue(viewer, filter, order, page));
	}

	@GetMapping("/orders/{id}")
	@Operation(summary = "One order with its timeline")
	OrderView order(@PathVariable UUID id, @AuthenticationPrincipal ShopfrontUser me) {
		return view(this.queries.visible(Viewer.of(me), new OrderId(id)));
	}

	@PostMapping("/orders/{id}/approve")
	@Operation(summary = "Approve (the customer's manager)")
	OrderView approve(@PathVariable UUID id, @AuthenticationPrincipal ShopfrontUser me) {
		return view(this.moving.approve(Viewer.of(me), new OrderId(id)));
	}

	@PostMapping("/orders/{id}/reject")
	@Operation(summary = "Reject with a reason (the customer's manager)")
	OrderView reject(@PathVariable UUID id, @Valid @RequestBody ReasonRequest request,
			@AuthenticationPrincipal ShopfrontUser me) {
		return view(this.moving.reject(Viewer.of(me), new OrderId(id), request.text()));
	}

	@PostMapping("/orders/{id}/take")
	@Operation(summary = "Take from the queue (fulfillers)")
	OrderView take(@PathVariable UUID id, @AuthenticationPrincipal ShopfrontUser me) {
		return view(this.moving.take(Viewer.of(me), new OrderId(id)));
	}

	@PostMapping("/orders/{id}/notes")
	@Operation(summary = "Add a progress note the customer sees (fulfillers)")
	OrderView note(@PathVariable UUID id, @Valid @RequestBody ReasonRequest request,
			@AuthenticationPrincipal ShopfrontUser me) {
		return view(this.moving.note(Viewer.of(me), new OrderId(id), request.text()));
	}

	@PostMapping("/orders/{id}/deliver")
	@Operation(summary = "Mark delivered (fulfillers)")
	OrderView deliver(@PathVariable UUID id, @AuthenticationPrincipal ShopfrontUser me) {
		return view(this.moving.deliver(Viewer.of(me), new OrderId(id)));
	}

	@PostMapping("/orders/{id}/confirm")
	@Operation(summary = "Confirm receipt (the customer)")
	OrderView confirm(@PathVariable UUID id, @AuthenticationPrincipal ShopfrontUser me) {
		return view(this.moving.confirm(Viewer.of(me), new OrderId(id)));
	}

	@PostMapping("/orders/{id}/cancel")
	@Operation(summary = "Cancel before work starts (the customer)")
	OrderView cancel(@PathVariable UUID id, @AuthenticationPrincipal ShopfrontUser me) {
		return view(this.moving.cancel(Viewer.of(me), new OrderId(id)));
	}

	private OrderView view(Order order) {
		PromiseView promise = this.promises.stream()
			.flatMap(p -> p.of(order.id()).stream())
			.findFirst()
			.map(p -> new PromiseView(p.due(), p.status(), p.percent() / 100.0, p.sampleSize(), p.segment(),
					p.evidence(), p.newDue()))
			.orElse(null);
		return view(order, this.queries.timeline(order.id()), promise);
	}

	private static OrderView view(Order order, List<OrderStep> steps, PromiseView promise) {
		Map<String, String> details = new java.util.LinkedHashMap<>();
		order.details().forEach(d -> details.put(d.label(), d.answer()));
		List<StepView> timeline = steps.stream()
			.map(s -> new StepView(s.kind().name(), s.actorName(), s.note(), s.at()))
			.toList();
		return new OrderView(order.id().value(), order.number(), order.offeringId().value(), order.offeringTitle(),
				order.providerName(), order.customerId().value(), order.customerName(), order.quantity(),
				order.oneOffPrice(), order.monthlyPrice(), order.firstYearValue(), order.status(), order.placedAt(),
				order.deliveredAt(), order.closedAt(), details, timeline, promise);
	}

}
