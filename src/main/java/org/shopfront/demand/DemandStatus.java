package org.shopfront.demand;

/** Where a demand stands, as its leader and IT follow it. */
public enum DemandStatus {

	SUBMITTED, IN_REVIEW, PROPOSAL_READY, DECIDED, INITIATIVE_RUNNING, VALUE_CONFIRMED, CLOSED

}
