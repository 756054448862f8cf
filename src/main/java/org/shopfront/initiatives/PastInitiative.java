package org.shopfront.initiatives;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.shopfront.demand.OptionChosen;
import org.shopfront.people.UserId;

/**
 * An initiative from before Shopfront, for {@link InitiativeImport}: the decision it
 * started from, then what happened in order: spend, milestones, re-plans (with the call
 * that led to one, if any), warnings, and how it ended (delivered, its value confirmed or
 * not, or stopped); an initiative with no end is still running. Built step by step:
 * {@code PastInitiative.decided(chosen).spent(…).milestone(…).delivered(…)}.
 */
public final class PastInitiative {

	record Spent(BigDecimal amount, LocalDate on, String note) {
	}

	record Step(String name, LocalDate plannedOn, LocalDate doneOn) {
	}

	record Replan(PromiseMeasure measure, InitiativeFigure figure, Instant at, UserId by, String reason,
			Instant warnedAt) {
	}

	private final OptionChosen decided;

	final List<Spent> spends = new ArrayList<>();

	final List<Step> milestones = new ArrayList<>();

	final List<Replan> replans = new ArrayList<>();

	final Map<PromiseMeasure, Instant> warned = new EnumMap<>(PromiseMeasure.class);

	LocalDate deliveredOn;

	Instant valueAt;

	ValueConfirmation value;

	Instant stoppedAt;

	String stopReason;

	private PastInitiative(OptionChosen decided) {
		this.decided = decided;
	}

	/** The initiative the leader's decision started. */
	public static PastInitiative decided(OptionChosen decided) {
		return new PastInitiative(decided);
	}

	OptionChosen decision() {
		return this.decided;
	}

	/** Spend the IT owner reported, in the initiative's currency. */
	public PastInitiative spent(BigDecimal amount, LocalDate on, String note) {
		this.spends.add(new Spent(amount, on, note));
		return this;
	}

	/** A milestone planned for a day and done on another (or null: not done). */
	public PastInitiative milestone(String name, LocalDate plannedOn, LocalDate doneOn) {
		this.milestones.add(new Step(name, plannedOn, doneOn));
		return this;
	}

	/**
	 * A re-plan at {@code at} by {@code by}: the measure's promise got a new figure.
	 * @param warnedAt when the sponsor was called about it beforehand, or null (a re-plan
	 * without a call)
	 */
	public PastInitiative replanned(PromiseMeasure measure, InitiativeFigure figure, Instant at, UserId by,
			String reason, Instant warnedAt) {
		this.replans.add(new Replan(measure, figure, at, by, reason, warnedAt));
		return this;
	}

	/**
	 * The sponsor was called at {@code at}: the measure's current promise was at risk.
	 */
	public PastInitiative warned(PromiseMeasure measure, Instant at) {
		this.warned.put(measure, at);
		return this;
	}

	/** The final milestone was done on the day. */
	public PastInitiative delivered(LocalDate on) {
		this.deliveredOn = on;
		return this;
	}

	/** The sponsor confirmed the value realised at {@code at}. */
	public PastInitiative valueConfirmed(Instant at, BigDecimal realisedPerYear, BigDecimal realisedFigure,
			String note) {
		this.valueAt = at;
		this.value = new ValueConfirmation(realisedPerYear, realisedFigure, false, note);
		return this;
	}

	/** The sponsor confirmed at {@code at} that the value was not realised, and why. */
	public PastInitiative valueNotRealised(Instant at, String why) {
		this.valueAt = at;
		this.value = new ValueConfirmation(null, null, true, why);
		return this;
	}

	/** The sponsor stopped it at {@code at}, and why. */
	public PastInitiative stopped(Instant at, String reason) {
		this.stoppedAt = at;
		this.stopReason = reason;
		return this;
	}

}
