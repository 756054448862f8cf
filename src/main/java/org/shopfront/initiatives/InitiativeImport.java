package org.shopfront.initiatives;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.shopfront.demand.DemandId;
import org.shopfront.shared.Formats;
import org.shopfront.shared.Money;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records initiatives from before Shopfront ({@link PastInitiative}) with the times they
 * happened, through the same steps as live ones, so that their promises, re-plans and
 * outcomes are announced like any (the ledger records them, the scoreboard counts them)
 * and the portfolio has them. Nobody is told about the past, and the demand is moved only
 * by {@link #recordDecided} (a decision its own import recorded); an initiative still
 * running is watched once as of now, so one that will probably break is at risk and its
 * sponsor called.
 */
@Service
public class InitiativeImport {

	private final StartingInitiative starting;

	private final Initiatives initiatives;

	private final InitiativePromises promises;

	private final Spends spends;

	private final Milestones milestones;

	private final Promising promising;

	private final Replanning replanning;

	private final ClosingInitiative closing;

	private final InitiativeWatch watch;

	private final DemandSteps demand;

	private final Formats formats;

	private final Clock clock;

	InitiativeImport(StartingInitiative starting, Initiatives initiatives, InitiativePromises promises, Spends spends,
			Milestones milestones, Promising promising, Replanning replanning, ClosingInitiative closing,
			InitiativeWatch watch, DemandSteps demand, Formats formats, Clock clock) {
		this.demand = demand;
		this.starting = starting;
		this.initiatives = initiatives;
		this.promises = promises;
		this.spends = spends;
		this.milestones = milestones;
		this.promising = promising;
		this.replanning = replanning;
		this.closing = closing;
		this.watch = watch;
		this.formats = formats;
		this.clock = clock;
	}

	/** Whether no initiative has been recorded yet. */
	@Transactional(readOnly = true)
	public boolean nothingRecordedYet() {
		return !this.initiatives.any();
	}

	/**
	 * Records the initiative; returns its id, or null when its demand has one already.
	 */
	@Transactional
	public InitiativeId recordPast(PastInitiative past) {
		Initiative initiative = this.starting.start(past.decision()).orElse(null);
		if (initiative == null) {
			return null;
		}
		for (PastInitiative.Step step : past.milestones) {
			Milestone planned = Milestone.planned(initiative.id(), step.name(), step.plannedOn(), false,
					past.decision().decidedAt());
			this.milestones.insert((step.doneOn() != null) ? planned.done(step.doneOn()) : planned);
		}
		for (PastInitiative.Spent spent : past.spends) {
			Money amount = Money.of(spent.amount(), initiative.currency());
			initiative = saved(initiative.spend(amount));
			this.spends.insert(Spend.reported(initiative.id(), amount, spent.on(), spent.note(),
					initiative.decision().itOwner(), endOf(spent.on())));
		}
		for (PastInitiative.Replan replan : past.replans) {
			InitiativePromise current = this.replanning.current(initiative, replan.measure());
			if (replan.warnedAt() != null) {
				current = warned(initiative, current, replan.warnedAt(), replan.figure());
			}
			this.replanning.replace(initiative, current, replan.figure(), replan.at(), replan.by(), replan.reason());
		}
		for (Map.Entry<PromiseMeasure, Instant> warning : past.warned.entrySet()) {
			warned(initiative, this.replanning.current(initiative, warning.getKey()), warning.getValue(), null);
		}
		end(initiative, past);
		return initiative.id();
	}

	/**
	 * Records the initiative a decision from the demand's own import started, and moves
	 * that demand as a live decision and its initiative would have: running, then (once
	 * the initiative ended) value confirmed and closed, or closed when it was stopped.
	 * Returns its id, or null when its demand has one already.
	 */
	@Transactional
	public InitiativeId recordDecided(PastInitiative past) {
		InitiativeId id = recordPast(past);
		if (id == null) {
			return null;
		}
		DemandId demand = past.decision().demandId();
		this.demand.started(demand, id);
		if (past.stoppedAt != null) {
			this.demand.closed(demand, past.stopReason);
		}
		else if (past.value != null) {
			this.demand.valueConfirmed(demand);
			this.demand.closed(demand, past.value.note());
		}
		return id;
	}

	private void end(Initiative initiative, PastInitiative past) {
		if (past.stoppedAt != null) {
			this.closing.stopped(initiative, past.stopReason, past.stoppedAt);
			return;
		}
		if (past.deliveredOn == null) {
			this.watch.watch(List.of(initiative), this.clock.instant());
			return;
		}
		this.milestones.of(initiative.id())
			.stream()
			.filter(Milestone::isFinal)
			.forEach((m) -> this.milestones.update(m.done(past.deliveredOn)));
		Initiative delivered = this.closing.deliver(initiative, past.deliveredOn, endOf(past.deliveredOn));
		if (past.value != null) {
			this.closing.confirmed(delivered, past.value, past.valueAt);
		}
	}

	/** The promise turned at risk at {@code at}, its sponsor called then. */
	private InitiativePromise warned(Initiative initiative, InitiativePromise current, Instant at,
			InitiativeFigure projected) {
		InitiativePromise atRisk = current.atRisk(at, projected);
		this.promising.recordAtRisk(initiative, atRisk);
		return this.promises.find(atRisk.id()).orElseThrow();
	}

	private Initiative saved(Initiative changed) {
		if (!this.initiatives.update(changed)) {
			throw InitiativeConflict.changedMeanwhile();
		}
		return this.initiatives.find(changed.id()).orElseThrow();
	}

	/**
	 * The end of a day in the company's time zone, when a day's report is taken as made.
	 */
	private Instant endOf(LocalDate day) {
		return day.plusDays(1).atStartOfDay(this.formats.zone()).toInstant().minusSeconds(60);
	}

}
