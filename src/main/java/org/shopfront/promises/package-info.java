/**
 * Promises: delivery dates quoted from the lead times of past orders in business hours,
 * kept honest by censoring-aware estimates and online calibration, and re-estimated while
 * orders are open so that a promise at risk is known early.
 */
@ApplicationModule(allowedDependencies = { "shared", "catalog", "ordering", "people" })
package org.shopfront.promises;

import org.springframework.modulith.ApplicationModule;
