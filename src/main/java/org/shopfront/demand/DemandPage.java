package org.shopfront.demand;

import java.util.List;

/**
 * All a demand's page shows, already limited to what the viewer may see and do.
 *
 * @param proposal the version shown, or null before IT proposed anything
 * @param decision the leader's decision, or null
 * @param chosen the option the decision chose, as promised, or null
 * @param seesMoney whether money figures may be shown to the viewer
 * @param decides whether the viewer leads the demand's unit (asks for changes, decides)
 * @param answers whether the viewer writes proposals (IT)
 */
record DemandPage(Demand demand, List<DemandStep> timeline, ProposalView proposal, List<ThreadMessage> thread,
		Decision decision, OptionView chosen, boolean seesMoney, boolean decides, boolean answers) {

	DemandPage {
		timeline = List.copyOf(timeline);
		thread = List.copyOf(thread);
	}

	public boolean proposalReady() {
		return this.demand.status() == DemandStatus.PROPOSAL_READY;
	}

	/** Whether the viewer may choose an option or decline them all here and now. */
	public boolean mayDecide() {
		return this.decides && proposalReady() && this.proposal != null && this.proposal.latest();
	}

	public boolean mayReview() {
		return this.answers && this.demand.status() == DemandStatus.SUBMITTED;
	}

	public boolean mayPropose() {
		DemandStatus s = this.demand.status();
		return this.answers
				&& (s == DemandStatus.SUBMITTED || s == DemandStatus.IN_REVIEW || s == DemandStatus.PROPOSAL_READY);
	}

	public boolean mayWrite() {
		return !this.demand.isClosed();
	}

}
