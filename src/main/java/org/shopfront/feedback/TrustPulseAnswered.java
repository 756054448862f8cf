package org.shopfront.feedback;

import java.time.Instant;

import org.shopfront.people.UnitId;

/** A business unit's head answered the trust pulse with a score from 0 to 10. */
public record TrustPulseAnswered(UnitId unitId, int score, Instant at) {

}
