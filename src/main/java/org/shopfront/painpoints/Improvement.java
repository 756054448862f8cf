package org.shopfront.painpoints;

import java.time.Instant;
import java.time.LocalDate;

/**
 * IT's answer to a pain point: what will change, who owns it and by when. Marking it done
 * records the day, which splits the pain point's weekly volume into before and after.
 */
record Improvement(ImprovementId id, PainPointId painPoint, String title, String owner, LocalDate promisedOn,
		ImprovementStatus status, LocalDate doneOn, String createdBy, Instant createdAt, int version) {

	/** The same improvement, done on the given day. */
	Improvement done(LocalDate on) {
		if (this.status == ImprovementStatus.DONE) {
			throw ImprovementConflict.alreadyDone();
		}
		return new Improvement(this.id, this.painPoint, this.title, this.owner, this.promisedOn, ImprovementStatus.DONE,
				on, this.createdBy, this.createdAt, this.version);
	}

	boolean late(LocalDate today) {
		LocalDate by = (this.doneOn != null) ? this.doneOn : today;
		return by.isAfter(this.promisedOn);
	}

}
