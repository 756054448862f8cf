package org.shopfront.ordering;

import java.util.UUID;

/**
 * The fulfilment queue's filters: status (empty means everything still to do), provider,
 * minimum age in days, and "only mine".
 */
record QueueFilter(OrderStatus status, UUID provider, Integer minAgeDays, boolean mine) {

	/** Everything still to do, from every provider. */
	static QueueFilter open() {
		return new QueueFilter(null, null, null, false);
	}

}
