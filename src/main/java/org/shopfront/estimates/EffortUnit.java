package org.shopfront.estimates;

/**
 * What effort is counted in. A project's estimate and actual share one unit, so their
 * ratio has none and projects in hours and in days compare as they are.
 */
public enum EffortUnit {

	HOURS, DAYS

}
