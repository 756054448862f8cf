/**
 * Trust: the tamper-evident promise ledger, and later the scoreboard and feedback.
 */
@ApplicationModule(allowedDependencies = { "shared", "promises", "ordering", "people" })
package org.shopfront.trust;

import org.springframework.modulith.ApplicationModule;
