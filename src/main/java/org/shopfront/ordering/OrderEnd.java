package org.shopfront.ordering;

import java.time.Instant;

/**
 * How an order ended: delivered at {@code at}, or withdrawn (cancelled or rejected) at
 * {@code at}, and the units its outcome counts for.
 */
public record OrderEnd(Instant at, boolean delivered, OrderUnits units) {

}
