package org.shopfront.notify;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.shopfront.ordering.OrderPlaced;
import org.shopfront.shared.LeftInTheOutbox;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Finishes the work the previous release left for its listener of {@link OrderPlaced}
 * (decision 0045): a placed order's notices are now stored in the order's transaction, so
 * an {@code OrderPlaced} publication still incomplete for that listener when the old node
 * stopped has no listener any more, and its customer would never hear of the order. At
 * start each such publication is claimed and its notices stored in one transaction
 * ({@link LeftInTheOutbox}); a notice already there is not stored again.
 */
@Component
class NoticesLeftInTheOutbox {

	static final String OLD_LISTENER = "org.shopfront.notify.OrderNotices.on(org.shopfront.ordering.OrderPlaced)";

	private static final Logger log = LoggerFactory.getLogger(NoticesLeftInTheOutbox.class);

	private final LeftInTheOutbox left;

	private final OrderNotices notices;

	NoticesLeftInTheOutbox(LeftInTheOutbox left, OrderNotices notices) {
		this.left = left;
		this.notices = notices;
	}

	@EventListener(ApplicationReadyEvent.class)
	void atStart() {
		int finished = finishAll();
		if (finished > 0) {
			log.info("Stored the notices of {} orders the previous release left in the outbox", finished);
		}
	}

	/** Returns how many publications this node finished. */
	int finishAll() {
		return this.left.finishAll(OLD_LISTENER, OrderPlaced.class, this.notices::placed);
	}

}
