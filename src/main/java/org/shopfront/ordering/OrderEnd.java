package org.shopfront.ordering;

import java.time.Instant;

/**
 * How an order ended: delivered at {@code at}, or withdrawn (cancelled or rejected) at
 * {@code at}.
 */
public record OrderEnd(Instant at, boolean delivered) {

}
