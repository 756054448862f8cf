package org.shopfront.painpoints;

import java.time.Instant;
import java.time.LocalDate;

/**
 * IT promised an improvement against a pain point: a promise in the ledger's sense, with
 * its owner and the day it is due.
 */
public record ImprovementPromised(ImprovementId improvement, PainPointId painPoint, String painPointLabel, String title,
		String owner, LocalDate promisedOn, Instant at) {

}
