package org.shopfront.initiatives;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import org.shopfront.shared.Money;

/**
 * Where an initiative's budget and date are heading, from what it has reached so far and
 * the evidence of comparable projects: the work still to do is estimated from the
 * option's own estimate (its one-off cost; for time, the promised duration without the
 * evidence's widening), times the share of the work left (milestones not done; without
 * milestones, the share of the promised time left) and the share of it still in scope, at
 * a pace that blends the initiative's own so far (spend, or days, per share of work done)
 * with how comparable projects typically ran over, weighted by how far along it is. A
 * promise will probably break when the projection passes it.
 *
 * @param progress the share of the work done (0 to 1)
 * @param due milestones planned by today (the final one aside)
 * @param late those of them done late or still open
 * @param averageDaysLate how many days late those are on average
 * @param typicalOverrun how far comparable projects typically overran (0.12 for 12 %)
 */
record Projection(PromiseMeasure measure, InitiativeFigure projected, boolean breaks, Money spent, double progress,
		int due, int late, long averageDaysLate, BigDecimal typicalOverrun) {

	private static final MathContext PRECISION = MathContext.DECIMAL64;

	/** What an initiative has reached by today, as the projections read it. */
	record Progress(LocalDate start, LocalDate today, List<Milestone> milestones, BigDecimal scope) {

		List<Milestone> steps() {
			return this.milestones.stream().filter((m) -> !m.isFinal()).toList();
		}

		/**
		 * The share of the steps done, or of the promised time gone when there are none.
		 */
		double share(LocalDate due) {
			List<Milestone> steps = steps();
			if (!steps.isEmpty()) {
				return steps.stream().filter(Milestone::isDone).count() / (double) steps.size();
			}
			double gone = Math.max(0, this.today.toEpochDay() - this.start.toEpochDay());
			return Math.min(1, gone / Outcomes.days(this.start, due));
		}

	}

	static Projection ofBudget(Money budget, Money estimate, Money spent, LocalDate due, Progress progress,
			BigDecimal typicalOverrun) {
		double done = progress.share(due);
		BigDecimal raw = (estimate.amount().signum() > 0) ? estimate.amount() : budget.amount();
		BigDecimal typicalPace = BigDecimal.ONE.add(typicalOverrun);
		BigDecimal ownPace = (done > 0) ? spent.amount().divide(raw.multiply(BigDecimal.valueOf(done)), PRECISION)
				: typicalPace;
		BigDecimal left = raw.multiply(BigDecimal.valueOf(1 - done)).multiply(progress.scope());
		Money projected = spent.plus(Money.of(left.multiply(blend(done, ownPace, typicalPace)), spent.currency()));
		return of(PromiseMeasure.BUDGET, InitiativeFigure.money(projected), projected.compareTo(budget) > 0, spent,
				done, progress, typicalOverrun);
	}

	/**
	 * @param widening how far the promised date was widened from the evidence (0.25 for
	 * 25 %): the duration estimated before widening is the promised one over 1.25
	 */
	static Projection ofDate(LocalDate due, BigDecimal widening, Money spent, Progress progress,
			BigDecimal typicalOverrun) {
		double done = progress.share(due);
		BigDecimal raw = BigDecimal.valueOf(Outcomes.days(progress.start(), due))
			.divide(BigDecimal.ONE.add(widening), PRECISION);
		BigDecimal typicalPace = BigDecimal.ONE.add(typicalOverrun);
		BigDecimal taken = BigDecimal
			.valueOf(Math.max(0, progress.today().toEpochDay() - progress.start().toEpochDay()));
		BigDecimal ownPace = (done > 0) ? taken.divide(raw.multiply(BigDecimal.valueOf(done)), PRECISION) : typicalPace;
		BigDecimal left = raw.multiply(BigDecimal.valueOf(1 - done)).multiply(progress.scope());
		long daysLeft = left.multiply(blend(done, ownPace, typicalPace)).setScale(0, RoundingMode.CEILING).longValue();
		LocalDate projected = progress.today().plusDays(Math.max(daysLeft, progress.today().isAfter(due) ? 1 : 0));
		return of(PromiseMeasure.DATE, InitiativeFigure.day(projected), projected.isAfter(due), spent, done, progress,
				typicalOverrun);
	}

	/**
	 * The initiative's own pace weighted by the share done, the typical one by the rest.
	 */
	private static BigDecimal blend(double done, BigDecimal own, BigDecimal typical) {
		BigDecimal weight = BigDecimal.valueOf(done);
		return own.multiply(weight).add(typical.multiply(BigDecimal.ONE.subtract(weight)));
	}

	private static Projection of(PromiseMeasure measure, InitiativeFigure projected, boolean breaks, Money spent,
			double done, Progress progress, BigDecimal typicalOverrun) {
		List<Milestone> due = progress.steps().stream().filter((m) -> m.dueBy(progress.today())).toList();
		List<Milestone> late = due.stream().filter((m) -> m.daysLate(progress.today()) > 0).toList();
		long averageDaysLate = late.isEmpty() ? 0
				: Math.round(late.stream().mapToLong((m) -> m.daysLate(progress.today())).average().orElse(0));
		return new Projection(measure, projected, breaks, spent, done, due.size(), late.size(), averageDaysLate,
				typicalOverrun);
	}

	/** The share of the work done, as a whole percentage. */
	int progressPercent() {
		return (int) Math.round(this.progress * 100);
	}

	/** The typical overrun, as a whole percentage. */
	int typicalOverrunPercent() {
		return this.typicalOverrun.movePointRight(2).setScale(0, RoundingMode.HALF_UP).intValue();
	}

}
