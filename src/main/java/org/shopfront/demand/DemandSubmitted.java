package org.shopfront.demand;

import java.time.Instant;

import org.shopfront.people.UnitId;
import org.shopfront.people.UserId;

/**
 * Someone in a business unit submitted a demand: IT has a new need to answer.
 *
 * @param leader the leader it was submitted for (the submitter when they lead the unit)
 */
public record DemandSubmitted(DemandId demandId, long number, String title, UnitId unit, UserId submittedBy,
		UserId leader, Instant at) {
}
