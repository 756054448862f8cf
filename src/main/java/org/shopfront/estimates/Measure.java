package org.shopfront.estimates;

/** What an estimate is of. */
public enum Measure {

	EFFORT, COST, DURATION

}
