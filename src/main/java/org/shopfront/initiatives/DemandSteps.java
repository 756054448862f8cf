package org.shopfront.initiatives;

import org.shopfront.demand.DemandId;
import org.shopfront.demand.DemandProgress;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Tells the demand an initiative came from how it goes (started, value confirmed,
 * closed), in the caller's transaction, through the demand module's
 * {@link DemandProgress}; without the demand module's implementation nothing is told.
 */
@Component
class DemandSteps {

	private final ObjectProvider<DemandProgress> progress;

	DemandSteps(ObjectProvider<DemandProgress> progress) {
		this.progress = progress;
	}

	void started(DemandId demand, InitiativeId initiative) {
		this.progress.ifAvailable((p) -> p.initiativeStarted(demand, initiative.value()));
	}

	void valueConfirmed(DemandId demand) {
		this.progress.ifAvailable((p) -> p.valueConfirmed(demand));
	}

	void closed(DemandId demand, String reason) {
		this.progress.ifAvailable((p) -> p.closed(demand, reason));
	}

}
