package org.shopfront.initiatives;

import java.math.BigDecimal;
import java.time.Instant;

import org.shopfront.people.UserId;

/**
 * One promise of an initiative: the figure promised, on what evidence, and how it turned
 * out. A promise is never rewritten: a re-plan closes it as renegotiated and makes a new
 * one that {@code replaces} it.
 *
 * @param seq 1 for the promise made when the leader decided, one more for each re-plan
 * @param targetToday for a value with a target: the target's figure when it was promised
 * @param madeBy who re-planned it, or null for the promise the decision made
 * @param reason why it was re-planned, or null
 * @param projected what the watch projected when it turned at risk, or null
 * @param actual the figure reached, once it is closed; null when nothing was (never
 * delivered, or a value not realised)
 */
record InitiativePromise(InitiativePromiseId id, InitiativeId initiativeId, PromiseMeasure measure, int seq,
		InitiativePromiseStatus status, InitiativeFigure promised, BigDecimal targetToday, Instant madeAt,
		UserId madeBy, String reason, InitiativePromiseId replaces, PromiseEvidence evidence, Instant atRiskAt,
		InitiativeFigure projected, Instant closedAt, InitiativeFigure actual, String note, int version) {

	/** A promise the leader's decision makes. */
	static InitiativePromise first(InitiativeId initiative, PromiseMeasure measure, InitiativeFigure promised,
			BigDecimal targetToday, PromiseEvidence evidence, Instant at) {
		return new InitiativePromise(InitiativePromiseId.random(), initiative, measure, 1, InitiativePromiseStatus.OPEN,
				promised, targetToday, at, null, null, null, evidence, null, null, null, null, null, 0);
	}

	/**
	 * The promise that replaces this one after a re-plan: the new figure, who made it and
	 * why. This one is to be closed as renegotiated.
	 */
	InitiativePromise replacedBy(InitiativeFigure figure, Instant at, UserId by, String why) {
		requireOpen();
		return new InitiativePromise(InitiativePromiseId.random(), this.initiativeId, this.measure, this.seq + 1,
				InitiativePromiseStatus.OPEN, figure, this.targetToday, at, by, why, this.id, this.evidence, null, null,
				null, null, null, 0);
	}

	/** The watch projects that it will break: the sponsor is to be called. */
	InitiativePromise atRisk(Instant at, InitiativeFigure projection) {
		if (this.status != InitiativePromiseStatus.OPEN) {
			throw new IllegalStateException("Promise " + this.id + " is " + this.status + ", not OPEN");
		}
		return new InitiativePromise(this.id, this.initiativeId, this.measure, this.seq,
				InitiativePromiseStatus.AT_RISK, this.promised, this.targetToday, this.madeAt, this.madeBy, this.reason,
				this.replaces, this.evidence, at, projection, null, null, null, this.version);
	}

	/** Its outcome: kept, broken, renegotiated or cancelled, with the figure reached. */
	InitiativePromise closed(InitiativePromiseStatus outcome, Instant at, InitiativeFigure reached, String why) {
		requireOpen();
		if (outcome.isOpen()) {
			throw new IllegalArgumentException("Not an outcome: " + outcome);
		}
		return new InitiativePromise(this.id, this.initiativeId, this.measure, this.seq, outcome, this.promised,
				this.targetToday, this.madeAt, this.madeBy, this.reason, this.replaces, this.evidence, this.atRiskAt,
				this.projected, at, reached, why, this.version);
	}

	boolean isOpen() {
		return this.status.isOpen();
	}

	private void requireOpen() {
		if (!isOpen()) {
			throw new IllegalStateException("Promise " + this.id + " is already " + this.status);
		}
	}

}
