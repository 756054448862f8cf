package org.shopfront.demand;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.shopfront.shared.Money;

/**
 * A demand in a list: what it is, whose, where it stands.
 *
 * @param valuePerYear the money it is expected to bring a year, or null when it has none
 * or the viewer may not see the unit's money figures
 */
record DemandSummary(UUID id, long number, String title, String unit, String leader, DemandStatus status,
		Instant submittedAt, LocalDate neededBy, Money valuePerYear, String itOwner) {
}
