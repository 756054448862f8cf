package org.shopfront.ordering;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.shopfront.catalog.OfferingId;
import org.shopfront.catalog.OrderableOffering;
import org.shopfront.people.ShopfrontUser;
import org.shopfront.shared.Conflict;
import org.shopfront.shared.InvalidInput;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The customer's, manager's and fulfiller's pages for orders. A move that clashes with
 * what someone else just did comes back to the order page with a plain message.
 */
@Controller
class OrderController {

	private final PlacingOrder placing;

	private final MovingOrder moving;

	private final OrderQueries queries;

	private final MessageSource messages;

	private final ObjectProvider<OrderPromises> promises;

	private final OrderPages pages;

	OrderController(PlacingOrder placing, MovingOrder moving, OrderQueries queries, MessageSource messages,
			ObjectProvider<OrderPromises> promises, OrderPages pages) {
		this.promises = promises;
		this.pages = pages;
		this.placing = placing;
		this.moving = moving;
		this.queries = queries;
		this.messages = messages;
	}

	@GetMapping("/offerings/{id}/order")
	String orderForm(@PathVariable UUID id, Model model) {
		OrderableOffering offering = this.placing.offering(new OfferingId(id));
		model.addAttribute("form", OrderForm.empty(offering.orderFields().size()));
		return orderPage(model, offering);
	}

	@PostMapping("/offerings/{id}/order")
	String placeOrder(@PathVariable UUID id, @Valid @ModelAttribute("form") OrderForm form, BindingResult errors,
			@AuthenticationPrincipal ShopfrontUser me, Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				Order order = this.placing.place(Viewer.of(me), new PlaceOrder(id, form.quantity(), form.answers()))
					.order();
				redirect.addFlashAttribute("placed", true);
				return "redirect:/orders/" + order.id();
			}
			catch (InvalidInput ex) {
				errors.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), null);
			}
		}
		return orderPage(model, this.placing.offering(new OfferingId(id)));
	}

	@GetMapping("/orders/{id}")
	String order(@PathVariable UUID id, @AuthenticationPrincipal ShopfrontUser me, Locale locale,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		Viewer viewer = Viewer.of(me);
		Order order = this.queries.visible(viewer, new OrderId(id));
		model.addAttribute("order", order);
		List<OrderPromise> promises = this.promises.stream().flatMap(p -> p.of(order.id()).stream()).toList();
		model.addAttribute("story", this.pages.story(order, this.queries.timeline(order.id()), promises,
				viewer.isCustomerOf(order), locale, request, response));
		model.addAttribute("promises", promises);
		model.addAttribute("viewer", viewer);
		return "ordering/order";
	}

	@PostMapping("/orders/{id}/approve")
	String approve(@PathVariable UUID id, @AuthenticationPrincipal ShopfrontUser me, RedirectAttributes redirect,
			Locale locale) {
		return move(id, redirect, locale, "order.approved", () -> this.moving.approve(Viewer.of(me), new OrderId(id)));
	}

	@PostMapping("/orders/{id}/reject")
	String reject(@PathVariable UUID id, @Valid @ModelAttribute ReasonForm form, BindingResult errors,
			@AuthenticationPrincipal ShopfrontUser me, RedirectAttributes redirect, Locale locale) {
		if (errors.hasErrors()) {
			redirect.addFlashAttribute("flashError", this.messages.getMessage("order.reason.required", null, locale));
			return "redirect:/orders/" + id;
		}
		return move(id, redirect, locale, "order.rejected",
				() -> this.moving.reject(Viewer.of(me), new OrderId(id), form.text()));
	}

	@PostMapping("/orders/{id}/take")
	String take(@PathVariable UUID id, @AuthenticationPrincipal ShopfrontUser me, RedirectAttributes redirect,
			Locale locale) {
		return move(id, redirect, locale, "order.taken", () -> this.moving.take(Viewer.of(me), new OrderId(id)));
	}

	@PostMapping("/orders/{id}/notes")
	String note(@PathVariable UUID id, @Valid @ModelAttribute ReasonForm form, BindingResult errors,
			@AuthenticationPrincipal ShopfrontUser me, RedirectAttributes redirect, Locale locale) {
		if (errors.hasErrors()) {
			redirect.addFlashAttribute("flashError", this.messages.getMessage("order.note.required", null, locale));
			return "redirect:/orders/" + id;
		}
		return move(id, redirect, locale, "order.noted",
				() -> this.moving.note(Viewer.of(me), new OrderId(id), form.text()));
	}

	@PostMapping("/orders/{id}/deliver")
	String deliver(@PathVariable UUID id, @AuthenticationPrincipal ShopfrontUser me, RedirectAttributes redirect,
			Locale locale) {
		return move(id, redirect, locale, "order.delivered", () -> this.moving.deliver(Viewer.of(me), new OrderId(id)));
	}

	@PostMapping("/orders/{id}/confirm")
	String confirm(@PathVariable UUID id, @AuthenticationPrincipal ShopfrontUser me, RedirectAttributes redirect,
			Locale locale) {
		return move(id, redirect, locale, "order.confirmed", () -> this.moving.confirm(Viewer.of(me), new OrderId(id)));
	}

	@PostMapping("/orders/{id}/cancel")
	String cancel(@PathVariable UUID id, @AuthenticationPrincipal ShopfrontUser me, RedirectAttributes redirect,
			Locale locale) {
		return move(id, redirect, locale, "order.cancelled", () -> this.moving.cancel(Viewer.of(me), new OrderId(id)));
	}

	private String move(UUID id, RedirectAttributes redirect, Locale locale, String successKey, Runnable move) {
		try {
			move.run();
			redirect.addFlashAttribute("flashSuccess", this.messages.getMessage(successKey, null, locale));
		}
		catch (Conflict ex) {
			redirect.addFlashAttribute("flashError",
					this.messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale));
		}
		return "redirect:/orders/" + id;
	}

	private String orderPage(Model model, OrderableOffering offering) {
		model.addAttribute("offering", offering);
		model.addAttribute("quote", this.placing.quote(offering));
		model.addAttribute("needsApproval", this.placing.needsApproval(offering, 1));
		return "ordering/order-form";
	}

}
