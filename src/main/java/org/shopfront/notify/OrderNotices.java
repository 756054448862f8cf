package org.shopfront.notify;

import java.util.List;

import org.shopfront.notify.Notice.Link;
import org.shopfront.notify.Notice.Text;
import org.shopfront.ordering.OrderApproved;
import org.shopfront.ordering.OrderDelivered;
import org.shopfront.ordering.OrderId;
import org.shopfront.ordering.OrderPlaced;
import org.shopfront.ordering.OrderProgressNoted;
import org.shopfront.ordering.OrderReceipts;
import org.shopfront.ordering.OrderReference;
import org.shopfront.ordering.OrderRejected;
import org.shopfront.shared.Formats;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What people are told as their orders move: the customer that the order was received,
 * approved or rejected, has news, or was delivered (please confirm); the manager that an
 * order waits for their approval. Everything a notice says comes with the event. The
 * notices of a placed order are stored in the order's own transaction
 * ({@link OrderReceipts}, decision 0045); every other listener runs in its own
 * transaction after the order's commits, and the event publication registry keeps the
 * event until the notice is stored.
 */
@Component
class OrderNotices implements OrderReceipts {

	private final Notifying notifying;

	private final Formats formats;

	OrderNotices(Notifying notifying, Formats formats) {
		this.notifying = notifying;
		this.formats = formats;
	}

	@Override
	public void placed(OrderPlaced event) {
		OrderReference order = event.order();
		String number = String.valueOf(order.number());
		if (event.awaitingApproval() && order.managerId() != null) {
			this.notifying.send(new Notice("order-placed:" + order.id(), order.customerId(), "order-placed",
					Text.of("notify.orderPlaced.subject", number, order.offeringTitle()),
					List.of(Text.of("notify.orderPlaced.awaitingApproval", event.managerName()), promised(event)),
					List.of(seeOrder(order.id()))));
			this.notifying
				.send(new Notice("order-approval-needed:" + order.id(), order.managerId(), "order-approval-needed",
						Text.of("notify.approvalNeeded.subject", order.customerName(), number, order.offeringTitle()),
						List.of(Text.of("notify.approvalNeeded.line", order.customerName(),
								String.valueOf(order.quantity()), order.offeringTitle(),
								this.formats.money(order.firstYearValue()))),
						List.of(Link.to(path(order.id()), "notify.approvalNeeded.link"))));
		}
		else {
			this.notifying.send(new Notice("order-placed:" + order.id(), order.customerId(), "order-placed",
					Text.of("notify.orderPlaced.subject", number, order.offeringTitle()),
					List.of(Text.of("notify.orderPlaced.queued"), promised(event)), List.of(seeOrder(order.id()))));
		}
	}

	@ApplicationModuleListener
	void on(OrderApproved event) {
		OrderReference order = event.order();
		tellCustomer(order, "order-approved:" + order.id(), "order-approved",
				Text.of("notify.orderApproved.subject", String.valueOf(order.number()), order.offeringTitle()),
				Text.of("notify.orderApproved.line", event.approverName()));
	}

	@ApplicationModuleListener
	void on(OrderRejected event) {
		OrderReference order = event.order();
		tellCustomer(order, "order-rejected:" + order.id(), "order-rejected",
				Text.of("notify.orderRejected.subject", String.valueOf(order.number()), order.offeringTitle()),
				Text.of("notify.orderRejected.line", event.approverName()),
				Text.of("notify.orderRejected.reason", event.reason()));
	}

	@ApplicationModuleListener
	void on(OrderProgressNoted event) {
		OrderReference order = event.order();
		// A note has no id of its own; its moment and text tell it apart from others.
		String key = "order-progress:%s:%d:%08x".formatted(order.id(), event.notedAt().toEpochMilli(),
				event.note().hashCode());
		tellCustomer(order, key, "order-progress",
				Text.of("notify.orderProgress.subject", String.valueOf(order.number()), order.offeringTitle()),
				Text.of("notify.orderProgress.line", event.fulfillerName()),
				Text.of("notify.orderProgress.note", event.note()));
	}

	@ApplicationModuleListener
	void on(OrderDelivered event) {
		OrderReference order = event.order();
		this.notifying.send(new Notice("order-delivered:" + order.id(), order.customerId(), "order-delivered",
				Text.of("notify.orderDelivered.subject", String.valueOf(order.number()), order.offeringTitle()),
				List.of(Text.of("notify.orderDelivered.line", order.offeringTitle())),
				List.of(Link.to(path(order.id()), "notify.orderDelivered.link"))));
	}

	private void tellCustomer(OrderReference order, String key, String kind, Text subject, Text... lines) {
		this.notifying
			.send(new Notice(key, order.customerId(), kind, subject, List.of(lines), List.of(seeOrder(order.id()))));
	}

	private static Text promised(OrderPlaced event) {
		return event.promise().evidence()
				? Text.of("notify.orderPlaced.promise." + event.promise().basis(), event.promise().due(),
						event.promise().percent(), event.promise().sampleSize())
				: Text.of("notify.orderPlaced.estimate", event.promise().due());
	}

	private static Link seeOrder(OrderId id) {
		return Link.to(path(id), "notify.order.link");
	}

	private static String path(OrderId id) {
		return "/orders/" + id;
	}

}
