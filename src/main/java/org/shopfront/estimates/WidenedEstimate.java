package org.shopfront.estimates;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An estimate widened from the evidence of comparable past projects.
 *
 * @param widened the figure to promise: the estimate times (1 + uplift)
 * @param uplift how much comparable projects overran, at the confidence (0.32 for 32 %)
 * @param comparable how many past projects the uplift rests on
 * @param segment which projects were compared ("provider Acme", "kind build", "all")
 * @param shareWithin the share of those projects that stayed within their estimate plus
 * the uplift
 * @param evidence whether there was any history; without it the estimate is taken as
 * given
 * @param basis the measure whose history the uplift comes from: the question's own, or
 * {@link Measure#EFFORT} for a budget when there is no cost history to go by (cost
 * follows effort)
 */
public record WidenedEstimate(Measure measure, BigDecimal estimate, BigDecimal widened, BigDecimal uplift,
		double confidence, int comparable, String segment, double shareWithin, boolean evidence, Measure basis) {

	/** A widening from the history of the question's own measure. */
	public WidenedEstimate(Measure measure, BigDecimal estimate, BigDecimal widened, BigDecimal uplift,
			double confidence, int comparable, String segment, double shareWithin, boolean evidence) {
		this(measure, estimate, widened, uplift, confidence, comparable, segment, shareWithin, evidence, measure);
	}

	/**
	 * The evidence in one sentence, for the widened figure formatted by the caller (the
	 * company's money format for a budget, a date for a duration), such as: Budget
	 * €240,000: 8 in 10 of the 37 comparable projects stayed within their estimate plus
	 * 32 %. Without evidence, the sentence says what is missing.
	 */
	public EvidenceSentence sentence(String figure) {
		String measureKey = "estimates.evidence." + this.measure
				+ ((this.basis != this.measure) ? ".by" + this.basis : "");
		int percentConfident = (int) Math.round(this.confidence * 100);
		if (!this.evidence) {
			return (this.comparable == 0) ? new EvidenceSentence(measureKey + ".none", figure)
					: new EvidenceSentence(measureKey + ".few", figure, this.comparable, percentConfident);
		}
		if (this.uplift.signum() == 0) {
			return new EvidenceSentence(measureKey + ".within", figure, tenths(), this.comparable);
		}
		return new EvidenceSentence(measureKey, figure, tenths(), this.comparable, percent());
	}

	/**
	 * The share within, in tenths: "8 in 10"; 10 only when every project stayed within.
	 */
	int tenths() {
		long tenths = Math.round(this.shareWithin * 10);
		return (int) ((this.shareWithin < 1) ? Math.max(0, Math.min(9, tenths)) : 10);
	}

	/** The uplift in whole percent, at least 1 when there is one. */
	int percent() {
		int percent = this.uplift.movePointRight(2).setScale(0, RoundingMode.HALF_UP).intValueExact();
		return (this.uplift.signum() > 0) ? Math.max(1, percent) : percent;
	}

}
