package org.shopfront.demand;

import java.time.Instant;

/**
 * A line of a demand's timeline: the status it moved to (from where, unless it was just
 * submitted), who moved it, and what they said.
 *
 * @param from the status before, or null for the submission
 * @param actorName who moved it, or null when its initiative's progress did
 */
record DemandStep(DemandStatus from, DemandStatus to, String actorName, String note, Instant at) {

	/** The words for the line, such as "Morgan asked for changes". */
	public String messageKey() {
		if (this.from == DemandStatus.PROPOSAL_READY && this.to == DemandStatus.IN_REVIEW) {
			return "demand.step.changes";
		}
		if (this.from == DemandStatus.PROPOSAL_READY && this.to == DemandStatus.PROPOSAL_READY) {
			return "demand.step.revised";
		}
		if (this.from == DemandStatus.PROPOSAL_READY && this.to == DemandStatus.CLOSED) {
			return "demand.step.declined";
		}
		return "demand.step." + this.to + ((this.actorName == null) ? ".auto" : "");
	}

}
