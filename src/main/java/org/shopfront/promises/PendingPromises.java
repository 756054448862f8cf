package org.shopfront.promises;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Promises whose outcome is not known yet. An outcome becomes known when the order
 * finishes (kept if by the due time) or when the due time passes with the order still
 * open (broken); calibration learns only from outcomes known at that moment.
 */
final class PendingPromises {

	private final PriorityQueue<Pending> byDue = new PriorityQueue<>((left, right) -> left.due.compareTo(right.due));

	private final Map<Object, List<Pending>> byOrder = new HashMap<>();

	void add(Object order, String segment, Instant due, double confidence) {
		Pending pending = new Pending(order, segment, due, confidence);
		this.byDue.add(pending);
		this.byOrder.computeIfAbsent(order, (key) -> new ArrayList<>(2)).add(pending);
	}

	/** Settles the promises of an order that finished at the given time. */
	void finished(Object order, Instant at, Outcome outcome) {
		List<Pending> promises = this.byOrder.remove(order);
		if (promises == null) {
			return;
		}
		for (Pending pending : promises) {
			if (!pending.settled) {
				pending.settled = true;
				outcome.settled(pending.segment, pending.confidence, !at.isAfter(pending.due));
			}
		}
	}

	/** Forgets the promises of a cancelled order: they were neither kept nor broken. */
	void cancelled(Object order) {
		List<Pending> promises = this.byOrder.remove(order);
		if (promises != null) {
			promises.forEach((pending) -> pending.settled = true);
		}
	}

	/** Settles as broken the promises whose due time is before {@code now}. */
	void expire(Instant now, Outcome outcome) {
		while (!this.byDue.isEmpty() && this.byDue.peek().due.isBefore(now)) {
			Pending pending = this.byDue.poll();
			if (!pending.settled) {
				pending.settled = true;
				outcome.settled(pending.segment, pending.confidence, false);
				List<Pending> promises = this.byOrder.get(pending.order);
				if (promises != null && promises.stream().allMatch((each) -> each.settled)) {
					this.byOrder.remove(pending.order);
				}
			}
		}
	}

	/** Receives each outcome as it becomes known. */
	interface Outcome {

		void settled(String segment, double confidence, boolean kept);

	}

	private static final class Pending {

		final Object order;

		final String segment;

		final Instant due;

		final double confidence;

		boolean settled;

		Pending(Object order, String segment, Instant due, double confidence) {
			this.order = order;
			this.segment = segment;
			this.due = due;
			this.confidence = confidence;
		}

	}

}
