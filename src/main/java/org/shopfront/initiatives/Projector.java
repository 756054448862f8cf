package org.shopfront.initiatives;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.shopfront.estimates.Measure;
import org.shopfront.shared.Formats;

import org.springframework.stereotype.Component;

/**
 * Projects a running initiative's open budget and date promises ({@link Projection}) with
 * the evidence of comparable projects: the watch uses it to call the sponsor, the pages
 * to show where things are heading.
 */
@Component
class Projector {

	private final Evidence evidence;

	private final ZoneId zone;

	Projector(Evidence evidence, Formats formats) {
		this.evidence = evidence;
		this.zone = formats.zone();
	}

	/** Projections of the initiative's open budget and date promises. */
	List<Projection> project(Initiative initiative, List<InitiativePromise> open, List<Milestone> milestones,
			LocalDate today) {
		Optional<InitiativePromise> date = current(open, PromiseMeasure.DATE);
		if (initiative.status() != InitiativeStatus.RUNNING || date.isEmpty()) {
			return List.of();
		}
		Decision d = initiative.decision();
		LocalDate start = LocalDate.ofInstant(d.startedAt(), this.zone);
		LocalDate due = date.get().promised().date();
		Projection.Progress progress = new Projection.Progress(start, today, milestones, initiative.scope());
		List<Projection> projections = new ArrayList<>();
		current(open, PromiseMeasure.BUDGET).ifPresent((budget) -> {
			BigDecimal overrun = this.evidence.typicalOverrun(Measure.COST, d.oneOffCost().amount(), d.workKind(),
					d.provider());
			projections.add(Projection.ofBudget(budget.promised().money(), d.oneOffCost(), initiative.spentMoney(), due,
					progress, overrun));
		});
		BigDecimal days = BigDecimal.valueOf(Outcomes.days(start, due));
		BigDecimal overrun = this.evidence.typicalOverrun(Measure.DURATION, days, d.workKind(), d.provider());
		projections
			.add(Projection.ofDate(due, date.get().evidence().uplift(), initiative.spentMoney(), progress, overrun));
		return projections;
	}

	LocalDate today(Instant now) {
		return LocalDate.ofInstant(now, this.zone);
	}

	private static Optional<InitiativePromise> current(List<InitiativePromise> promises, PromiseMeasure measure) {
		return promises.stream().filter((p) -> p.isOpen() && p.measure() == measure).findFirst();
	}

}
