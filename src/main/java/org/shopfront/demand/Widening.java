package org.shopfront.demand;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import org.shopfront.estimates.EstimateQuestion;
import org.shopfront.estimates.Estimates;
import org.shopfront.estimates.Measure;
import org.shopfront.estimates.WidenedEstimate;
import org.shopfront.shared.Formats;
import org.shopfront.shared.Money;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Widens an option's budget and date with {@link Estimates}: the one-off cost by the cost
 * history of comparable projects (the estimates module falls back to effort), the date by
 * their duration history, counted in days from the day the proposal was written, so the
 * same proposal shows the same promise whenever it is read. Without an estimates module,
 * or for an option that costs or takes nothing, the figures stand as estimated and say
 * so. A promise is never below IT's own estimate.
 */
@Component
class Widening {

	private final ObjectProvider<Estimates> estimates;

	private final ZoneId zone;

	@Autowired
	Widening(ObjectProvider<Estimates> estimates, Formats formats) {
		this(estimates, formats.zone());
	}

	Widening(ObjectProvider<Estimates> estimates, ZoneId zone) {
		this.estimates = estimates;
		this.zone = zone;
	}

	WidenedFigures of(Proposal proposal, ProposalOption option) {
		WidenedEstimate budget = widen(Measure.COST, option.oneOffCost().amount(), option);
		// Never promise less than IT's own estimate, even where past projects came in
		// under theirs.
		Money widenedBudget = Money.of(budget.widened().max(budget.estimate()), option.oneOffCost().currency());
		if (option.doesNothing() || option.deliveryDate() == null) {
			return new WidenedFigures(widenedBudget, budget, null, null);
		}
		LocalDate proposedOn = LocalDate.ofInstant(proposal.writtenAt(), this.zone);
		long days = Math.max(ChronoUnit.DAYS.between(proposedOn, option.deliveryDate()), 0);
		WidenedEstimate duration = widen(Measure.DURATION, BigDecimal.valueOf(days), option);
		long widenedDays = duration.widened().setScale(0, RoundingMode.CEILING).longValueExact();
		LocalDate due = proposedOn.plusDays(Math.max(widenedDays, days));
		return new WidenedFigures(widenedBudget, budget, due, duration);
	}

	private WidenedEstimate widen(Measure measure, BigDecimal estimate, ProposalOption option) {
		EstimateQuestion question = EstimateQuestion.of(measure, estimate, option.workKind(), option.providerId());
		Estimates widening = this.estimates.getIfAvailable();
		if (widening == null || option.doesNothing() || estimate.signum() <= 0) {
			return asEstimated(question);
		}
		return widening.widen(question);
	}

	/** The estimate taken as given, for want of evidence. */
	static WidenedEstimate asEstimated(EstimateQuestion question) {
		return new WidenedEstimate(question.measure(), question.estimate(), question.estimate(), BigDecimal.ZERO,
				question.confidence(), 0, "all", 0.0, false);
	}

}
