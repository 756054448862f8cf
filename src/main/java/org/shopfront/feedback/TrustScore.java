package org.shopfront.feedback;

import java.util.Collection;

/**
 * A trust score in the manner of the Net Promoter Score: the share of answers of 9 or 10
 * minus the share of answers from 0 to 6, in whole percentage points from -100 to 100.
 *
 * @param answers how many answers the score stands on
 * @param promoters answers of 9 or 10
 * @param detractors answers of 0 to 6
 */
public record TrustScore(int answers, int promoters, int detractors) {

	public TrustScore {
		if (answers < 0 || promoters < 0 || detractors < 0 || promoters + detractors > answers) {
			throw new IllegalArgumentException("Inconsistent counts");
		}
	}

	public static TrustScore of(Collection<Integer> scores) {
		int promoters = 0;
		int detractors = 0;
		for (int score : scores) {
			if (score < 0 || score > 10) {
				throw new IllegalArgumentException("A trust answer is from 0 to 10");
			}
			promoters += (score >= 9) ? 1 : 0;
			detractors += (score <= 6) ? 1 : 0;
		}
		return new TrustScore(scores.size(), promoters, detractors);
	}

	/** Answers of 7 or 8. */
	public int passives() {
		return this.answers - this.promoters - this.detractors;
	}

	/** The score, or null when nobody answered. */
	public Integer value() {
		return (this.answers == 0) ? null : (int) Math.round(100.0 * (this.promoters - this.detractors) / this.answers);
	}

}
