/**
 * Pain points: mines the stored tickets into pain points (the engine is the internal
 * package {@code mining}, also run alone by {@code mine}), ranks them on the board and
 * the public page, and tracks the improvements that answer them.
 */
@ApplicationModule(allowedDependencies = { "shared", "people", "tickets" })
package org.shopfront.painpoints;

import org.springframework.modulith.ApplicationModule;
