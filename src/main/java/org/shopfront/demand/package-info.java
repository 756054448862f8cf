/**
 * Demand: business leaders state a need and its expected value; IT answers with a
 * proposal of options (build inside, buy a service, extend something, do nothing) with
 * evidence-based cost and date, and the leader decides.
 */
@ApplicationModule(allowedDependencies = { "shared", "people", "catalog" })
package org.shopfront.demand;

import org.springframework.modulith.ApplicationModule;
