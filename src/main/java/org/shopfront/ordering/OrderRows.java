package org.shopfront.ordering;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.shopfront.shared.Formats;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Words and formats a page of orders as its table shows them ({@link OrderRow}): each
 * status and standing looked up once per page, not once per row.
 */
@Component
class OrderRows {

	private final Formats fmt;

	private final MessageSource messages;

	OrderRows(Formats fmt, MessageSource messages) {
		this.fmt = fmt;
		this.messages = messages;
	}

	/**
	 * @param showCustomer whether the list names each order's customer
	 * @param contextPath the application's context path, for the links
	 */
	List<OrderRow> of(List<OrderSummary> orders, boolean showCustomer, Locale locale, String contextPath) {
		Map<OrderStatus, String> statuses = new EnumMap<>(OrderStatus.class);
		Map<PromiseStanding, String> standings = new EnumMap<>(PromiseStanding.class);
		return orders.stream().map((o) -> {
			boolean flagged = o.standing() != null && o.standing() != PromiseStanding.ON_TRACK;
			return new OrderRow(contextPath + "/orders/" + o.id(), "#" + o.number(), o.offeringTitle(),
					o.providerName(), (o.quantity() > 1) ? "× " + o.quantity() : null, o.answers(),
					showCustomer ? Objects.toString(o.customerName(), "") : null, this.fmt.money(o.firstYearValue()),
					this.fmt.iso(o.placedAt()), this.fmt.date(o.placedAt()), this.fmt.ago(o.placedAt()),
					(o.promisedBy() != null) ? this.fmt.iso(o.promisedBy()) : null, this.fmt.date(o.promisedBy()),
					flagged ? standings.computeIfAbsent(o.standing(), (s) -> word("orders.standing." + s, locale))
							: null,
					flagged ? ((o.standing() == PromiseStanding.LATE) ? "text-bg-danger" : "text-bg-warning") : null,
					statuses.computeIfAbsent(o.status(), (s) -> word("status." + s, locale)),
					"sf-status-" + o.status());
		}).toList();
	}

	private String word(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
