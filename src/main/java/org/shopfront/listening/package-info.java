/**
 * Listening post: reads the service desk's tickets and finds what hurts the business.
 */
@ApplicationModule(allowedDependencies = { "shared", "people" })
package org.shopfront.listening;

import org.springframework.modulith.ApplicationModule;
