package org.shopfront.ordering;

import java.util.Locale;

/**
 * How an order list is sorted: by when the orders were placed (each list's own direction:
 * mine newest first, the queue oldest first), or those still under way by the date they
 * are promised for, soonest first.
 */
enum OrderSort {

	PLACED, PROMISED;

	/** The sort a request names ({@code placed}, {@code promised}), or the default. */
	static OrderSort parse(String name) {
		if (name == null || name.isBlank()) {
			return PLACED;
		}
		try {
			return valueOf(name.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw InvalidOrder.unknownSort();
		}
	}

	/** The name in links and the API. */
	String key() {
		return name().toLowerCase(Locale.ROOT);
	}

}
