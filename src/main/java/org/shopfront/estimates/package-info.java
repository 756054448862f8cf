/**
 * Estimates: reference-class forecasting of budgets, effort and dates from the record of
 * past projects' actual against estimated figures. Its API: {@link Estimates} widens an
 * {@link EstimateQuestion} into a {@link WidenedEstimate} with its evidence sentence;
 * {@link PastProjects} records a finished {@link PastProject} (initiatives, when one
 * closes) and tells the record's {@link Overruns}. Past projects are imported with the
 * imports module at /manage/past-projects; people names who imported; catalog gives the
 * ProviderId of a provider of the store. The engine (package reference) and the
 * estimates-backtest command (package backtest) are plain Java.
 */
@ApplicationModule(allowedDependencies = { "shared", "imports", "people", "catalog" })
package org.shopfront.estimates;

import org.springframework.modulith.ApplicationModule;
