package org.shopfront.ordering;

import java.time.Instant;

/**
 * A line of an order's timeline as history sees it, with the order it belongs to.
 *
 * @param actorName who did it, as they were called then; null where nobody did
 * @param note a reason or a progress note, or null
 */
public record PastStep(OrderReference order, OrderStep.Kind kind, String actorName, String note, Instant at) {

}
