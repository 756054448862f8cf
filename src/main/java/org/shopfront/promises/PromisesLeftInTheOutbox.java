package org.shopfront.promises;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.shopfront.ordering.OrderPlaced;
import org.shopfront.shared.LeftInTheOutbox;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Finishes the work the previous release left for its listener of {@link OrderPlaced}
 * (decision 0034): promises are now made in the order's transaction, so an
 * {@code OrderPlaced} publication still incomplete for that listener when the old node
 * stopped has no listener any more, and its order would stay without a promise. At start
 * each such publication is claimed and its promise made in one transaction
 * ({@link LeftInTheOutbox}), so with several nodes starting together exactly one of them
 * makes it.
 */
@Component
class PromisesLeftInTheOutbox {

	static final String OLD_LISTENER = "org.shopfront.promises.PromiseKeeping.on(org.shopfront.ordering.OrderPlaced)";

	private static final Log log = LogFactory.getLog(PromisesLeftInTheOutbox.class);

	private final LeftInTheOutbox left;

	private final PromiseKeeping keeping;

	PromisesLeftInTheOutbox(LeftInTheOutbox left, PromiseKeeping keeping) {
		this.left = left;
		this.keeping = keeping;
	}

	@EventListener(ApplicationReadyEvent.class)
	void atStart() {
		int finished = finishAll();
		if (finished > 0) {
			log.info("Made the promises of " + finished + " orders the previous release left in the outbox");
		}
	}

	/** Returns how many publications this node finished. */
	int finishAll() {
		return this.left.finishAll(OLD_LISTENER, OrderPlaced.class, this.keeping::promiseLate);
	}

}
