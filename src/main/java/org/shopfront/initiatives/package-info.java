/**
 * Initiatives: the option a business leader chose becomes an initiative with three
 * promises (budget, date, value), tracked to the end through spend, milestones, re-plans
 * and the sponsor's retailer call, and measured on the portfolio against the 45 % / 7 % /
 * 56 % record of large IT projects.
 */
@ApplicationModule(allowedDependencies = { "shared", "people", "demand", "estimates", "notify", "catalog" })
package org.shopfront.initiatives;

import org.springframework.modulith.ApplicationModule;
