package org.shopfront.catalog;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * The earliest date each need's options are quoted for, for the need cards in the store
 * and the API: the same quotes the comparison shows, so a card never promises what its
 * comparison does not.
 */
@Component
class FastestDates {

	private final StoreQueries store;

	private final DeliveryEstimates delivery;

	private final Clock clock;

	FastestDates(StoreQueries store, DeliveryEstimates delivery, Clock clock) {
		this.store = store;
		this.delivery = delivery;
		this.clock = clock;
	}

	/** Per need with active options, the fastest quote for an order placed now. */
	Map<NeedId, DeliveryQuote> now() {
		Instant now = this.clock.instant();
		Map<NeedId, DeliveryQuote> fastest = new HashMap<>();
		for (Offering o : this.store.activeOfferings()) {
			DeliveryQuote quote = this.delivery.quote(o, now);
			fastest.merge(o.needId(), quote, (kept, next) -> next.before(kept) ? next : kept);
		}
		return fastest;
	}

}
