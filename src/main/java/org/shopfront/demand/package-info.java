/**
 * Demand: business leaders state a need and its expected value; IT answers with a
 * proposal of options (build inside, buy a service, extend something, do nothing) with
 * evidence-based cost and date, and the leader decides.
 * <p>
 * Providers' track records come through the catalog's {@code ProviderRecords}, which the
 * scoreboard implements, not from the scoreboard itself: the scoreboard will count
 * initiatives, which follow from demands, so depending on it would close a cycle
 * (decision 0025).
 */
@ApplicationModule(allowedDependencies = { "shared", "people", "catalog", "estimates", "notify" })
package org.shopfront.demand;

import org.springframework.modulith.ApplicationModule;
