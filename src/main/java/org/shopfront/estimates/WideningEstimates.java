package org.shopfront.estimates;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.shopfront.estimates.reference.ReferenceClasses;
import org.shopfront.estimates.reference.Widening;
import org.shopfront.estimates.reference.WideningSettings;

import org.springframework.stereotype.Service;

/**
 * Widens estimates from the past projects table. The reference classes of a measure and a
 * confidence are learnt once from every project in date order (so the quantile level has
 * followed the record to today) and kept until the table changes. A budget is widened by
 * the cost record when it gives evidence, else by the effort record (cost follows
 * effort), and the answer says which. The widened figure is never below the estimate: a
 * record of projects finishing under their estimates does not shrink a promise.
 */
@Service
class WideningEstimates implements Estimates {

	private final StoredProjects projects;

	private final WideningSettings settings;

	private final Map<Key, Learnt> learnt = new ConcurrentHashMap<>();

	WideningEstimates(StoredProjects projects, EstimatesProperties properties) {
		this.projects = projects;
		this.settings = properties.settings();
	}

	private record Key(Measure measure, double confidence) {
	}

	private record Learnt(StoredProjects.Version version, Comparables comparables, ReferenceClasses classes) {
	}

	@Override
	public WidenedEstimate widen(EstimateQuestion question) {
		Objects.requireNonNull(question.measure(), "A question needs a measure");
		Objects.requireNonNull(question.estimate(), "A question needs an estimate");
		if (!(question.confidence() > 0 && question.confidence() < 1)) {
			throw new IllegalArgumentException("A confidence lies between 0 and 1: " + question.confidence());
		}
		StoredProjects.Version version = this.projects.version();
		WidenedEstimate widened = widen(question, question.measure(), version);
		if (question.measure() == Measure.COST && !widened.evidence()) {
			WidenedEstimate byEffort = widen(question, Measure.EFFORT, version);
			if (byEffort.evidence()) {
				return byEffort;
			}
		}
		return widened;
	}

	private WidenedEstimate widen(EstimateQuestion question, Measure basis, StoredProjects.Version version) {
		Learnt learnt = this.learnt.compute(new Key(basis, question.confidence()),
				(key, known) -> (known != null && known.version().equals(version)) ? known : learn(key, version));
		Widening widening = learnt.classes().widen(Comparables.segments(question), 0);
		String segment = learnt.comparables().label(widening.segment());
		BigDecimal estimate = question.estimate();
		if (!widening.evidence() || estimate.signum() <= 0) {
			return new WidenedEstimate(question.measure(), estimate, estimate, BigDecimal.ZERO, question.confidence(),
					widening.comparable(), segment, 0, false, basis);
		}
		double ratio = Math.max(1, widening.ratio());
		double shareWithin = (ratio > widening.ratio()) ? learnt.classes().shareWithin(widening.segment(), ratio)
				: widening.shareWithin();
		RoundingMode rounding = (question.measure() == Measure.DURATION) ? RoundingMode.CEILING
				: RoundingMode.HALF_EVEN;
		BigDecimal widened = estimate.multiply(BigDecimal.valueOf(ratio))
			.setScale(Math.max(0, estimate.scale()), rounding);
		BigDecimal uplift = BigDecimal.valueOf(ratio - 1).setScale(4, RoundingMode.HALF_EVEN);
		return new WidenedEstimate(question.measure(), estimate, widened, uplift, question.confidence(),
				widening.comparable(), segment, shareWithin, true, basis);
	}

	private Learnt learn(Key key, StoredProjects.Version version) {
		List<PastProject> all = this.projects.all();
		Comparables comparables = new Comparables(all, key.measure());
		ReferenceClasses classes = new ReferenceClasses(comparables.observations(), this.settings, key.confidence())
			.learnt();
		return new Learnt(version, comparables, classes);
	}

}
