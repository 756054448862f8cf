/**
 * The small shared kernel: error types every module maps to 404 and 409, and the web
 * error handling that turns them into pages and RFC 9457 problem details.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.shopfront.shared;

import org.springframework.modulith.ApplicationModule;
