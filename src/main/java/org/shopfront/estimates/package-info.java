/**
 * Estimates: reference-class forecasting of budgets, effort and dates from the record of
 * past projects' actual against estimated figures.
 */
@ApplicationModule(allowedDependencies = { "shared", "catalog" })
package org.shopfront.estimates;

import org.springframework.modulith.ApplicationModule;
