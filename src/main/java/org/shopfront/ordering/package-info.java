/**
 * Ordering: customers order offerings, managers approve above a price threshold,
 * fulfillers work the queue and deliver, customers confirm; every step is on the order's
 * timeline and published as an event for the modules that keep promises and track record.
 */
@ApplicationModule(allowedDependencies = { "shared", "people", "catalog" })
package org.shopfront.ordering;

import org.springframework.modulith.ApplicationModule;
