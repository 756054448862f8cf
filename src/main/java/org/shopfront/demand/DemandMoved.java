package org.shopfront.demand;

import java.time.Instant;

import org.shopfront.people.UnitId;
import org.shopfront.people.UserId;

/**
 * A demand moved from one status to another, as its leader and IT follow it.
 *
 * @param actor who moved it, or null when an initiative's progress moved it
 * @param note what the move said (the reason for closing, the changes asked for), or null
 */
public record DemandMoved(DemandId demandId, long number, String title, UnitId unit, DemandStatus from, DemandStatus to,
		Instant at, UserId actor, String note) {
}
