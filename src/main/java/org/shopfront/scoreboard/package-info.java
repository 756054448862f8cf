/**
 * The scoreboard: IT's track record for the whole company (promises kept, lateness, how
 * early bad news came, satisfaction) per provider, need, offering, unit and team, from
 * weekly rollups kept current by promise and feedback events.
 */
@ApplicationModule(allowedDependencies = { "shared", "promises", "ordering", "people", "catalog", "feedback",
		"initiatives", "shadowit" })
package org.shopfront.scoreboard;

import org.springframework.modulith.ApplicationModule;
