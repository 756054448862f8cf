/**
 * Trust: the tamper-evident promise ledger, and the scoreboard that shows IT's track
 * record to the whole company from rollups kept current by promise and feedback events.
 */
@ApplicationModule(
		allowedDependencies = { "shared", "promises", "ordering", "people", "catalog", "feedback", "painpoints" })
package org.shopfront.trust;

import org.springframework.modulith.ApplicationModule;
