package org.shopfront.painpoints.mining;

/**
 * How to mine: the language of the tickets, the number of pain points ({@code k}, or 0 to
 * choose it between {@code minK} and {@code maxK}), the random seed, the smallest number
 * of tickets a term must appear in (used up to one in a thousand tickets), a cap on the
 * number of terms, how much a title word counts against a body word, the threads to use,
 * and the k-means restarts.
 */
public record MiningOptions(MiningLanguage language, int k, int minK, int maxK, long seed, int minDf, int maxFeatures,
		float titleWeight, int threads, int restarts) {

	public MiningOptions {
		if (k < 0 || minK < 2 || maxK < minK) {
			throw new IllegalArgumentException("k must be 0 (auto) or positive, and 2 <= minK <= maxK");
		}
	}

	public static MiningOptions defaults() {
		return new MiningOptions(MiningLanguage.ENGLISH, 0, 8, 40, 42, 5, 1 << 18, 2f,
				Runtime.getRuntime().availableProcessors(), 5);
	}

	public MiningOptions withK(int k) {
		return new MiningOptions(this.language, k, this.minK, this.maxK, this.seed, this.minDf, this.maxFeatures,
				this.titleWeight, this.threads, this.restarts);
	}

	public MiningOptions withSeed(long seed) {
		return new MiningOptions(this.language, this.k, this.minK, this.maxK, seed, this.minDf, this.maxFeatures,
				this.titleWeight, this.threads, this.restarts);
	}

	public MiningOptions withLanguage(MiningLanguage language) {
		return new MiningOptions(language, this.k, this.minK, this.maxK, this.seed, this.minDf, this.maxFeatures,
				this.titleWeight, this.threads, this.restarts);
	}

	public MiningOptions withTitleWeight(float titleWeight) {
		return new MiningOptions(this.language, this.k, this.minK, this.maxK, this.seed, this.minDf, this.maxFeatures,
				titleWeight, this.threads, this.restarts);
	}

	public MiningOptions withThreads(int threads) {
		return new MiningOptions(this.language, this.k, this.minK, this.maxK, this.seed, this.minDf, this.maxFeatures,
				this.titleWeight, threads, this.restarts);
	}

	public MiningOptions withRestarts(int restarts) {
		return new MiningOptions(this.language, this.k, this.minK, this.maxK, this.seed, this.minDf, this.maxFeatures,
				this.titleWeight, this.threads, restarts);
	}

}
