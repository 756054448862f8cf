package org.shopfront.painpoints;

import org.shopfront.painpoints.mining.MiningLanguage;
import org.shopfront.painpoints.mining.MiningOptions;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the pain-point board ({@code shopfront.listening.pain-points.*}).
 *
 * @param language language of the tickets' text (English name or ISO code)
 * @param k number of pain points, or 0 to let the miner choose between {@code minK} and
 * {@code maxK}
 * @param minK fewest pain points the miner may choose
 * @param maxK most pain points the miner may choose
 * @param seed random seed: the same tickets and seed give the same pain points
 * @param hoursLostPerTicket hours a ticket costs its caller; 0 (the default) takes the
 * pain point's median time to resolve
 * @param weeks weeks shown in a trend, and before and after an improvement
 */
@ConfigurationProperties("shopfront.listening.pain-points")
record PainPointSettings(@DefaultValue("english") String language, @DefaultValue("0") int k,
		@DefaultValue("8") int minK, @DefaultValue("40") int maxK, @DefaultValue("42") long seed,
		@DefaultValue("0") double hoursLostPerTicket, @DefaultValue("12") int weeks) {

	/**
	 * The miner's options for this many tickets: never more pain points than a third of
	 * the tickets, so that a small corpus still gets groups rather than single tickets.
	 */
	MiningOptions options(int tickets) {
		int most = Math.max(2, Math.min(this.maxK, tickets / 3));
		int least = Math.max(2, Math.min(this.minK, most));
		int fixed = (this.k > 0) ? Math.min(this.k, Math.max(1, tickets)) : 0;
		return MiningOptions.builder()
			.language(MiningLanguage.named(this.language))
			.k(fixed)
			.kBetween(least, most)
			.seed(this.seed)
			.build();
	}

	String describe() {
		return "language=" + this.language + ", k=" + ((this.k > 0) ? this.k : "auto " + this.minK + ".." + this.maxK)
				+ ", seed=" + this.seed;
	}

}
