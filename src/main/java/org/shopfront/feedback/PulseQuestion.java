package org.shopfront.feedback;

import java.time.Instant;
import java.util.UUID;

import org.shopfront.people.UnitId;
import org.shopfront.people.UserId;

/**
 * The trust pulse's question to one unit's head in one round, and their answer once
 * given: a score from 0 to 10 and what would make them trust IT more.
 */
record PulseQuestion(UUID id, UUID roundId, UnitId unitId, UserId headId, Instant askedAt, Instant answeredAt,
		Integer score, String comment) {

	boolean answered() {
		return this.answeredAt != null;
	}

}
