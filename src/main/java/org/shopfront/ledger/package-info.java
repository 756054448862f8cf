/**
 * The promise ledger: every promise Shopfront makes and what became of it, appended to a
 * hash chain that anyone can verify and nobody can quietly rewrite.
 */
@ApplicationModule(allowedDependencies = { "shared", "promises", "painpoints" })
package org.shopfront.ledger;

import org.springframework.modulith.ApplicationModule;
