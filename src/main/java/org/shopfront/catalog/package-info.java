/**
 * The store's catalog: needs, the offerings that serve them, their providers, stock, and
 * the side-by-side comparison of a need's options.
 */
@ApplicationModule(allowedDependencies = "shared")
package org.shopfront.catalog;

import org.springframework.modulith.ApplicationModule;
