package org.shopfront.scoreboard;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.shopfront.ordering.OrderId;
import org.shopfront.ordering.OrderLookup;
import org.shopfront.people.Directory;
import org.shopfront.people.Person;
import org.shopfront.people.UnitId;
import org.shopfront.people.UserId;
import org.shopfront.promises.ClosedPromise;
import org.shopfront.promises.PromiseId;
import org.shopfront.promises.PromiseRecords;
import org.shopfront.shared.Formats;

import org.springframework.stereotype.Component;

/**
 * Closed promises as the promises module records them, with the units of their customers
 * and of the fulfillers who took their orders (as they are now), for what no event
 * brings: the promises that closed before the scoreboard existed, and a promise whose
 * customer's answer is handled before its own event. Events bring all of this themselves.
 */
@Component
class RecordedPromises {

	private final PromiseRecords promises;

	private final OrderLookup orders;

	private final Directory directory;

	private final ZoneId zone;

	RecordedPromises(PromiseRecords promises, OrderLookup orders, Directory directory, Formats formats) {
		this.promises = promises;
		this.orders = orders;
		this.directory = directory;
		this.zone = formats.zone();
	}

	/** The promise, if its outcome is known. */
	Optional<Scored> closed(PromiseId id) {
		return this.promises.closed(id).map((promise) -> scored(List.of(promise), new HashMap<>()).get(0));
	}

	/**
	 * Up to {@code limit} closed promises with an id after {@code after} (null for the
	 * first page), in id order.
	 * @param units a cache of people's business units, shared across the pages
	 */
	List<Scored> closedAfter(UUID after, int limit, Map<UserId, Optional<UnitId>> units) {
		return scored(this.promises.closedAfter(after, limit), units);
	}

	private List<Scored> scored(List<ClosedPromise> closed, Map<UserId, Optional<UnitId>> units) {
		Map<OrderId, UserId> fulfillers = this.orders.fulfillers(closed.stream().map(ClosedPromise::orderId).toList());
		return closed.stream().map((promise) -> {
			UserId fulfiller = fulfillers.get(promise.orderId());
			return Scored.of(promise, unit(promise.customerId(), units),
					(fulfiller != null) ? unit(fulfiller, units) : null, this.zone);
		}).toList();
	}

	private UnitId unit(UserId person, Map<UserId, Optional<UnitId>> units) {
		return units.computeIfAbsent(person, (id) -> this.directory.find(id).map(Person::unitId)).orElse(null);
	}

}
