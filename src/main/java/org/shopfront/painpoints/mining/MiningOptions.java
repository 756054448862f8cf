package org.shopfront.painpoints.mining;

/**
 * How to mine: the language of the tickets, the number of pain points ({@code k}, or 0 to
 * choose it between {@code minK} and {@code maxK}), the random seed, the smallest number
 * of tickets a term must appear in (used up to one in a thousand tickets), a cap on the
 * number of terms, how much a title word counts against a body word, the threads to use,
 * and the k-means restarts. Built with {@link #builder()}, which starts from the defaults
 * the measurements chose (docs/decisions/0007-pain-point-mining.md).
 */
public record MiningOptions(MiningLanguage language, int k, int minK, int maxK, long seed, int minDf, int maxFeatures,
		float titleWeight, int threads, int restarts) {

	public MiningOptions {
		if (k < 0 || minK < 2 || maxK < minK) {
			throw new IllegalArgumentException("k must be 0 (auto) or positive, and 2 <= minK <= maxK");
		}
	}

	public static MiningOptions defaults() {
		return builder().build();
	}

	public static Builder builder() {
		return new Builder();
	}

	/** Options made step by step, each step starting from the defaults. */
	public static final class Builder {

		private MiningLanguage language = MiningLanguage.ENGLISH;

		private int k;

		private int minK = 8;

		private int maxK = 40;

		private long seed = 42;

		private int minDf = 5;

		private int maxFeatures = 1 << 18;

		private float titleWeight = 2f;

		private int threads = Runtime.getRuntime().availableProcessors();

		private int restarts = 5;

		private Builder() {
		}

		public Builder language(MiningLanguage language) {
			this.language = language;
			return this;
		}

		/**
		 * A number of pain points, or 0 to choose one between {@link #kBetween}'s bounds.
		 */
		public Builder k(int k) {
			this.k = k;
			return this;
		}

		public Builder kBetween(int minK, int maxK) {
			this.minK = minK;
			this.maxK = maxK;
			return this;
		}

		public Builder seed(long seed) {
			this.seed = seed;
			return this;
		}

		public Builder titleWeight(float titleWeight) {
			this.titleWeight = titleWeight;
			return this;
		}

		public Builder threads(int threads) {
			this.threads = threads;
			return this;
		}

		public Builder restarts(int restarts) {
			this.restarts = restarts;
			return this;
		}

		public MiningOptions build() {
			return new MiningOptions(this.language, this.k, this.minK, this.maxK, this.seed, this.minDf,
					this.maxFeatures, this.titleWeight, this.threads, this.restarts);
		}

	}

}
