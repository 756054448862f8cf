package org.shopfront.initiatives;

import java.math.BigDecimal;

import org.shopfront.estimates.WidenedEstimate;

/**
 * What a promised budget or date rests on: how far comparable past projects overran their
 * estimates, at what confidence, and how many of them there were.
 *
 * @param uplift the overrun the figure allows for (0.32 for 32 %)
 * @param shareWithin the share of the comparable projects that stayed within their
 * estimate plus the uplift
 * @param segment which projects were compared ("provider Acme", "kind build", "all")
 */
record PromiseEvidence(boolean evidence, double confidence, BigDecimal uplift, int comparable, double shareWithin,
		String segment) {

	static final PromiseEvidence NONE = new PromiseEvidence(false, 0, BigDecimal.ZERO, 0, 0, null);

	static PromiseEvidence of(WidenedEstimate widened) {
		if (!widened.evidence()) {
			return NONE;
		}
		return new PromiseEvidence(true, widened.confidence(), widened.uplift(), widened.comparable(),
				widened.shareWithin(), widened.segment());
	}

}
