package org.shopfront.initiatives;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.shopfront.demand.ExpectedValue;
import org.shopfront.demand.OptionChosen;
import org.shopfront.estimates.Measure;
import org.shopfront.people.Directory;
import org.shopfront.people.Person;
import org.shopfront.people.UnitId;
import org.shopfront.shared.Formats;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A leader chose an option: it becomes an initiative with its three promises (the budget
 * and date as widened from the evidence, the value as expected) and a final milestone on
 * the promised date, and the demand is told. A decision delivered again (after a crash)
 * finds its initiative and makes nothing twice.
 */
@Service
class StartingInitiative {

	private final Initiatives initiatives;

	private final Milestones milestones;

	private final Promising promising;

	private final Evidence evidence;

	private final DemandSteps demand;

	private final Directory directory;

	private final ZoneId zone;

	StartingInitiative(Initiatives initiatives, Milestones milestones, Promising promising, Evidence evidence,
			DemandSteps demand, Directory directory, Formats formats) {
		this.initiatives = initiatives;
		this.milestones = milestones;
		this.promising = promising;
		this.evidence = evidence;
		this.demand = demand;
		this.directory = directory;
		this.zone = formats.zone();
	}

	@ApplicationModuleListener
	void on(OptionChosen chosen) {
		start(chosen).ifPresent((initiative) -> this.demand.started(chosen.demandId(), initiative.id()));
	}

	/**
	 * Starts the initiative the decision asks for, unless its demand has one already;
	 * returns it when it is new.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	Optional<Initiative> start(OptionChosen chosen) {
		UnitId team = this.directory.find(chosen.itOwner()).map(Person::unitId).orElse(null);
		Initiative initiative = Initiative.start(Decision.of(chosen, team));
		if (!this.initiatives.insert(initiative)) {
			return Optional.empty();
		}
		LocalDate startDay = LocalDate.ofInstant(chosen.decidedAt(), this.zone);
		PromiseEvidence budgetEvidence = PromiseEvidence.of(this.evidence.promised(Measure.COST,
				chosen.oneOffCost().amount(), chosen.workKind(), chosen.provider()));
		PromiseEvidence dateEvidence = PromiseEvidence.of(this.evidence.promised(Measure.DURATION,
				BigDecimal.valueOf(ChronoUnit.DAYS.between(startDay, chosen.due())), chosen.workKind(),
				chosen.provider()));
		ExpectedValue value = chosen.value();
		this.promising.make(initiative, InitiativePromise.first(initiative.id(), PromiseMeasure.BUDGET,
				InitiativeFigure.money(chosen.budget()), null, budgetEvidence, chosen.decidedAt()));
		this.promising.make(initiative, InitiativePromise.first(initiative.id(), PromiseMeasure.DATE,
				InitiativeFigure.day(chosen.due()), null, dateEvidence, chosen.decidedAt()));
		this.promising.make(initiative,
				InitiativePromise.first(initiative.id(), PromiseMeasure.VALUE,
						InitiativeFigure.value(value.perYear(), value.target(), value.wanted(), value.unit()),
						value.today(), PromiseEvidence.NONE, chosen.decidedAt()));
		this.milestones
			.insert(Milestone.planned(initiative.id(), chosen.optionName(), chosen.due(), true, chosen.decidedAt()));
		return Optional.of(initiative);
	}

}
