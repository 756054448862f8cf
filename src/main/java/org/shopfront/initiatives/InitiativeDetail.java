package org.shopfront.initiatives;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.shopfront.demand.OptionKind;
import org.shopfront.shared.Money;

/**
 * One initiative as a reader sees it: what was decided, its promises measure by measure
 * (each chain from the first promise to the current one), milestones, spend, the calls to
 * its sponsor, where its budget and date are heading, and what the reader may do. Money
 * is null throughout for readers who may not see it.
 */
record InitiativeDetail(UUID id, String title, String optionName, OptionKind kind, String provider, String unit,
		String sponsor, String itOwner, InitiativeStatus status, Instant startedAt, LocalDate deliveredOn,
		Instant closedAt, String endNote, boolean money, Money spent, List<Chain> promises,
		List<MilestoneView> milestones, List<SpendView> spends, List<CallView> calls, List<Heading> heading,
		Actions may) {

	/** A measure's promises, first to current. */
	record Chain(PromiseMeasure measure, List<PromiseView> promises) {

		public PromiseView current() {
			return this.promises.get(this.promises.size() - 1);
		}

	}

	/**
	 * @param madeBy who re-planned it, or null for the decision's promise
	 * @param evidence what it rests on (a budget or date)
	 */
	record PromiseView(UUID id, int seq, InitiativePromiseStatus status, InitiativeFigure promised,
			BigDecimal targetToday, Instant madeAt, String madeBy, String reason, UUID replaces, EvidenceView evidence,
			Instant atRiskAt, InitiativeFigure projected, Instant closedAt, InitiativeFigure actual, String note) {
	}

	/** "8 in 10 of the 37 comparable projects stayed within their estimate plus 32 %." */
	record EvidenceView(boolean evidence, int confidencePercent, int upliftPercent, int comparable, int withinPercent,
			String segment) {
	}

	record MilestoneView(UUID id, String name, LocalDate plannedOn, LocalDate doneOn, boolean isFinal, long daysLate) {
	}

	record SpendView(LocalDate spentOn, Money amount, String note, String reportedBy) {
	}

	record CallView(Instant madeAt, PromiseMeasure measure, CallAnswer answer, Instant answeredAt, String whatGoes,
			Integer sharePercent, LocalDate newDate, Money extra, String note) {

		public boolean open() {
			return this.answeredAt == null;
		}

	}

	/** Where a budget or date is heading as things stand (see {@link Projection}). */
	record Heading(PromiseMeasure measure, InitiativeFigure projected, boolean breaks, int progressPercent,
			int milestonesDue, int milestonesLate, long averageDaysLate, int typicalOverrunPercent) {
	}

	/**
	 * @param report the reader reports spend and milestones
	 * @param replan the reader may re-plan
	 * @param sponsor the reader is the sponsor (confirms the value, answers, stops)
	 * @param openCall a call is waiting for the sponsor's answer
	 */
	record Actions(boolean report, boolean replan, boolean sponsor, boolean openCall) {
	}

	public Chain chain(PromiseMeasure measure) {
		return this.promises.stream().filter((c) -> c.measure() == measure).findFirst().orElse(null);
	}

}
