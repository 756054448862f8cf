package org.shopfront.demand;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A demand and the moves it may make, from submitted to closed. Each move checks where
 * the demand stands and returns it as it is afterwards; the service saves it against the
 * version it was read at.
 *
 * @param initiativeId the initiative the chosen option became, or null
 * @param closedReason why it closed (declined, stopped, done), or null while open
 */
record Demand(DemandId id, long number, DemandContent content, Parties parties, DemandStatus status, UUID initiativeId,
		Instant submittedAt, Instant closedAt, String closedReason, int version) {

	static Demand submit(long number, DemandContent content, Parties parties, Instant now) {
		return new Demand(DemandId.random(), number, content, parties, DemandStatus.SUBMITTED, null, now, null, null,
				0);
	}

	public String title() {
		return this.content.title();
	}

	/** IT takes the demand to answer it. */
	Demand review(Actor it) {
		require("review", DemandStatus.SUBMITTED);
		return with(DemandStatus.IN_REVIEW, this.parties.withItOwner(it.id(), it.name()), this.initiativeId, null,
				null);
	}

	/**
	 * IT puts a proposal (or a new version of it) before the leader; whoever writes it
	 * answers the demand from then on if nobody took it before.
	 */
	Demand propose(Actor it) {
		require("propose", DemandStatus.SUBMITTED, DemandStatus.IN_REVIEW, DemandStatus.PROPOSAL_READY);
		Parties answered = (this.parties.itOwnerId() == null) ? this.parties.withItOwner(it.id(), it.name())
				: this.parties;
		return with(DemandStatus.PROPOSAL_READY, answered, this.initiativeId, null, null);
	}

	/** The leader asks for changes: the proposal goes back to IT for a new version. */
	Demand requestChanges() {
		require("changes", DemandStatus.PROPOSAL_READY);
		return with(DemandStatus.IN_REVIEW, this.parties, this.initiativeId, null, null);
	}

	Demand decide() {
		if (this.status == DemandStatus.DECIDED || this.status == DemandStatus.INITIATIVE_RUNNING
				|| this.status == DemandStatus.VALUE_CONFIRMED) {
			throw DemandConflict.alreadyDecided();
		}
		require("decide", DemandStatus.PROPOSAL_READY);
		return with(DemandStatus.DECIDED, this.parties, this.initiativeId, null, null);
	}

	/** The leader declines every option: the demand closes with their reason. */
	Demand decline(String reason, Instant now) {
		require("decline", DemandStatus.PROPOSAL_READY);
		return with(DemandStatus.CLOSED, this.parties, this.initiativeId, now, reason);
	}

	Demand startInitiative(UUID initiative) {
		require("startInitiative", DemandStatus.DECIDED);
		return with(DemandStatus.INITIATIVE_RUNNING, this.parties, initiative, null, null);
	}

	Demand confirmValue() {
		require("confirmValue", DemandStatus.INITIATIVE_RUNNING);
		return with(DemandStatus.VALUE_CONFIRMED, this.parties, this.initiativeId, null, null);
	}

	/**
	 * Closes a decided demand: its initiative ended or stopped, or the leader chose to
	 * leave things as they are.
	 */
	Demand close(String reason, Instant now) {
		require("close", DemandStatus.DECIDED, DemandStatus.INITIATIVE_RUNNING, DemandStatus.VALUE_CONFIRMED);
		return with(DemandStatus.CLOSED, this.parties, this.initiativeId, now, reason);
	}

	public boolean isClosed() {
		return this.status == DemandStatus.CLOSED;
	}

	/** The demand as stored after a successful save: the same, one version on. */
	Demand saved() {
		return new Demand(this.id, this.number, this.content, this.parties, this.status, this.initiativeId,
				this.submittedAt, this.closedAt, this.closedReason, this.version + 1);
	}

	private void require(String action, DemandStatus... allowed) {
		if (!Set.of(allowed).contains(this.status)) {
			throw DemandConflict.illegalMove(action, this.status);
		}
	}

	private Demand with(DemandStatus newStatus, Parties newParties, UUID initiative, Instant closed, String reason) {
		return new Demand(this.id, this.number, this.content, newParties, newStatus, initiative, this.submittedAt,
				closed, reason, this.version);
	}

}
