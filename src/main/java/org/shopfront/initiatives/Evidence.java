package org.shopfront.initiatives;

import java.math.BigDecimal;

import org.shopfront.catalog.ProviderId;
import org.shopfront.estimates.EstimateQuestion;
import org.shopfront.estimates.Estimates;
import org.shopfront.estimates.Measure;
import org.shopfront.estimates.WidenedEstimate;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The estimates module's evidence as initiatives use it: what a budget or a duration
 * rests on when it is promised, and how far comparable projects typically (at the median)
 * overran, which the watch applies to the work still to do. Without the estimates module
 * (or without history) there is no evidence: estimates are taken as given.
 */
@Component
class Evidence {

	/** "Typically": half of the comparable projects overran less, half more. */
	static final double MEDIAN = 0.5;

	private final ObjectProvider<Estimates> estimates;

	Evidence(ObjectProvider<Estimates> estimates) {
		this.estimates = estimates;
	}

	/** The evidence behind a figure promised at the default confidence. */
	WidenedEstimate promised(Measure measure, BigDecimal estimate, String workKind, ProviderId provider) {
		return widen(EstimateQuestion.of(measure, estimate, workKind, provider));
	}

	/** How far comparable projects overran at the median (0 without evidence). */
	BigDecimal typicalOverrun(Measure measure, BigDecimal estimate, String workKind, ProviderId provider) {
		WidenedEstimate median = widen(new EstimateQuestion(measure, estimate, workKind, provider, MEDIAN));
		return median.evidence() ? median.uplift() : BigDecimal.ZERO;
	}

	private WidenedEstimate widen(EstimateQuestion question) {
		Estimates available = this.estimates.getIfAvailable();
		if (available == null || question.estimate() == null || question.estimate().signum() <= 0) {
			return new WidenedEstimate(question.measure(), question.estimate(), question.estimate(), BigDecimal.ZERO,
					question.confidence(), 0, "all", 0, false);
		}
		return available.widen(question);
	}

}
