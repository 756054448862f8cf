package org.shopfront.initiatives;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

import org.shopfront.estimates.EffortUnit;
import org.shopfront.estimates.PastProject;
import org.shopfront.estimates.PastProject.Origin;
import org.shopfront.estimates.PastProject.Schedule;
import org.shopfront.estimates.PastProjects;
import org.shopfront.shared.Formats;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Hands a closed initiative to the estimates' record of past projects, in the closing
 * transaction, so that the next proposal's budgets and dates are widened from it too: its
 * one-off cost as estimated against what it spent, and its days from the decision to the
 * first promised date against those to delivery (both as first estimated, never the
 * widened or re-planned figures). Its effort is recorded as estimated only, since nobody
 * reports effort spent. A stopped initiative is not recorded: what it spent bought less
 * than was estimated. Without the estimates module nothing is recorded.
 */
@Component
class ProjectHistory {

	/** The source the initiatives' past projects are recorded under. */
	static final String SOURCE = "initiatives";

	private final ObjectProvider<PastProjects> projects;

	private final ZoneId zone;

	ProjectHistory(ObjectProvider<PastProjects> projects, Formats formats) {
		this.projects = projects;
		this.zone = formats.zone();
	}

	/** Records the closed initiative; its date chain tells the first promised date. */
	void closed(Initiative closed, List<InitiativePromise> promises) {
		PastProjects history = this.projects.getIfAvailable();
		if (history == null || closed.deliveredOn() == null) {
			return;
		}
		Decision d = closed.decision();
		LocalDate start = LocalDate.ofInstant(d.startedAt(), this.zone);
		LocalDate firstDue = promises.stream()
			.filter((p) -> p.measure() == PromiseMeasure.DATE)
			.min(Comparator.comparingInt(InitiativePromise::seq))
			.map((p) -> p.promised().date())
			.orElse(null);
		PastProject project = PastProject
			.finished(new Origin("initiative " + closed.id().value(), SOURCE, null), d.title(), d.workKind(),
					d.provider(), d.providerName(), start)
			.cost(d.oneOffCost(), closed.spentMoney())
			.schedule(Schedule.dates(start, firstDue, closed.deliveredOn()));
		history.record((d.effortDays() != null) ? project.effort(d.effortDays(), null, EffortUnit.DAYS) : project);
	}

}
