package org.shopfront.estimates;

/**
 * The fields a row of a past projects file is read into. Each measure counts where both
 * its figures are there: effort estimated and actual, cost estimated and actual, and time
 * as planned and actual days or counted from the start to the planned and actual end.
 */
enum ProjectField {

	NAME, KIND, PROVIDER, ESTIMATED_ON, ESTIMATED_EFFORT, ACTUAL_EFFORT, CURRENCY, ESTIMATED_COST, ACTUAL_COST, START,
	PLANNED_END, ACTUAL_END, ESTIMATED_DAYS, ACTUAL_DAYS

}
