/**
 * The demo: fills an empty database with a made-up company, its store and two years of
 * history through the other modules' public APIs, in one explicit order.
 */
@ApplicationModule(allowedDependencies = { "people", "catalog", "ordering", "notify", "promises", "feedback",
		"initiatives", "demand", "shadowit", "tickets", "painpoints", "shared" })
package org.shopfront.demo;

import org.springframework.modulith.ApplicationModule;
