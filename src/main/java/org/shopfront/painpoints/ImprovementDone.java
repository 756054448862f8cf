package org.shopfront.painpoints;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An improvement was done: the promise it made is kept if {@code doneOn} is not after
 * {@code promisedOn}.
 */
public record ImprovementDone(ImprovementId improvement, PainPointId painPoint, LocalDate promisedOn, LocalDate doneOn,
		Instant at) {

	public boolean kept() {
		return !this.doneOn.isAfter(this.promisedOn);
	}

}
