package org.shopfront.painpoints.mining;

import java.util.Arrays;

/**
 * TF-IDF over unigrams and bigrams of stems, like scikit-learn's {@code TfidfVectorizer}
 * with {@code sublinear_tf} and smooth idf: weight = (1 + ln tf) x (1 + ln((1 + n) / (1 +
 * df))), rows scaled to unit length. Words of the first field (the title) count
 * {@code titleWeight} times. Stems marked as boilerplate are left out before bigrams are
 * formed; features seen in fewer than {@code minDf} tickets, or marked as boilerplate,
 * are not features.
 */
final class TfIdf {

	private final LongIntMap ids;

	final long[] keys;

	final int[] df;

	private final float[] idf;

	private final boolean[] dropStems;

	private final float titleWeight;

	private TfIdf(LongIntMap ids, long[] keys, int[] df, float[] idf, boolean[] dropStems, float titleWeight) {
		this.ids = ids;
		this.keys = keys;
		this.df = df;
		this.idf = idf;
		this.dropStems = dropStems;
		this.titleWeight = titleWeight;
	}

	int dims() {
		return this.keys.length;
	}

	static long unigram(int stem) {
		return stem;
	}

	static long bigram(int first, int second) {
		return ((long) (first + 1) << 32) | second;
	}

	static boolean isBigram(long key) {
		return key >>> 32 != 0;
	}

	static int first(long key) {
		return isBigram(key) ? (int) (key >>> 32) - 1 : (int) key;
	}

	static int second(long key) {
		return (int) key;
	}

	/** Learns the features of the tickets and returns them with the tickets' vectors. */
	static Fitted fit(int[][] tokens, boolean[] dropStems, LongIntMap dropKeys, int minDf, int maxFeatures,
			float titleWeight, Parallel parallel) {
		int n = tokens.length;
		long[][] docKeys = new long[n][];
		float[][] docTfs = new float[n][];
		LongIntMap[] counts = new LongIntMap[parallel.threads()];
		parallel.forParts(n, (part, from, to) -> {
			LongIntMap df = new LongIntMap(1 << 16);
			Keys keys = new Keys(titleWeight);
			for (int t = from; t < to; t++) {
				keys.of(tokens[t], dropStems);
				docKeys[t] = keys.distinct();
				docTfs[t] = keys.tfs();
				for (long key : docKeys[t]) {
					df.add(key, 1);
				}
			}
			counts[part] = df;
		});
		LongIntMap df = counts[0];
		for (int i = 1; i < counts.length; i++) {
			if (counts[i] != null) {
				counts[i].forEach(df::add);
			}
		}
		LongList kept = new LongList();
		df.forEach((key, count) -> {
			if (count >= minDf && dropKeys.get(key, 0) == 0) {
				kept.add(key);
			}
		});
		long[] keys = kept.toArray();
		if (keys.length > maxFeatures) {
			keys = mostFrequent(keys, df, maxFeatures);
		}
		Arrays.sort(keys);
		LongIntMap ids = new LongIntMap(keys.length);
		int[] frequencies = new int[keys.length];
		float[] idf = new float[keys.length];
		for (int i = 0; i < keys.length; i++) {
			ids.put(keys[i], i);
			frequencies[i] = df.get(keys[i], 0);
			idf[i] = (float) (1 + Math.log((1.0 + n) / (1.0 + frequencies[i])));
		}
		TfIdf tfidf = new TfIdf(ids, keys, frequencies, idf, dropStems, titleWeight);
		int[][] cols = new int[n][];
		float[][] vals = new float[n][];
		parallel.forParts(n, (part, from, to) -> {
			for (int t = from; t < to; t++) {
				tfidf.vector(docKeys[t], docTfs[t], t, cols, vals);
				docKeys[t] = null;
				docTfs[t] = null;
			}
		});
		return new Fitted(tfidf, new SparseRows(cols, vals, keys.length));
	}

	/** Features learned from tickets and the tickets' vectors. */
	record Fitted(TfIdf tfidf, SparseRows rows) {
	}

	/** The vector of one ticket's tokens, as a single row. */
	SparseRows transformOne(int[] tokens) {
		Keys keys = new Keys(this.titleWeight);
		keys.of(tokens, this.dropStems);
		int[][] cols = new int[1][];
		float[][] vals = new float[1][];
		vector(keys.distinct(), keys.tfs(), 0, cols, vals);
		return new SparseRows(cols, vals, this.keys.length);
	}

	private void vector(long[] keys, float[] tfs, int row, int[][] cols, float[][] vals) {
		int[] c = new int[keys.length];
		float[] v = new float[keys.length];
		int size = 0;
		double norm = 0;
		for (int i = 0; i < keys.length; i++) {
			int id = this.ids.get(keys[i], -1);
			if (id >= 0) {
				float weight = (float) ((1 + Math.log(tfs[i])) * this.idf[id]);
				c[size] = id;
				v[size++] = weight;
				norm += weight * weight;
			}
		}
		// Keys are sorted and ids follow key order, so the columns are sorted.
		float scale = (norm > 0) ? (float) (1 / Math.sqrt(norm)) : 0;
		for (int i = 0; i < size; i++) {
			v[i] *= scale;
		}
		cols[row] = (size == c.length) ? c : Arrays.copyOf(c, size);
		vals[row] = (size == v.length) ? v : Arrays.copyOf(v, size);
	}

	private static long[] mostFrequent(long[] keys, LongIntMap df, int limit) {
		Long[] boxed = Arrays.stream(keys).boxed().toArray(Long[]::new);
		Arrays.sort(boxed, (a, b) -> {
			int byCount = Integer.compare(df.get(b, 0), df.get(a, 0));
			return (byCount != 0) ? byCount : Long.compare(a, b);
		});
		return Arrays.stream(boxed, 0, limit).mapToLong(Long::longValue).toArray();
	}

	/**
	 * The distinct unigram and bigram keys of one ticket and their (title-weighted)
	 * counts.
	 */
	private static final class Keys {

		private final float titleWeight;

		private final LongList title = new LongList();

		private final LongList rest = new LongList();

		private final LongList distinct = new LongList();

		private final FloatList tfs = new FloatList();

		Keys(float titleWeight) {
			this.titleWeight = titleWeight;
		}

		void of(int[] tokens, boolean[] drop) {
			this.title.clear();
			this.rest.clear();
			LongList into = this.title;
			int previous = -1;
			for (int token : tokens) {
				if (token == Corpus.FIELD_BREAK) {
					into = this.rest;
					previous = -1;
					continue;
				}
				if (drop[token]) {
					continue;
				}
				into.add(unigram(token));
				if (previous >= 0 && previous != token) {
					into.add(bigram(previous, token));
				}
				previous = token;
			}
			count();
		}

		private void count() {
			long[] title = this.title.sorted();
			long[] rest = this.rest.sorted();
			int titles = this.title.size();
			int rests = this.rest.size();
			this.distinct.clear();
			this.tfs.clear();
			int i = 0;
			int j = 0;
			while (i < titles || j < rests) {
				long key = (j >= rests || i < titles && title[i] <= rest[j]) ? title[i] : rest[j];
				float tf = 0;
				while (i < titles && title[i] == key) {
					tf += this.titleWeight;
					i++;
				}
				while (j < rests && rest[j] == key) {
					tf += 1;
					j++;
				}
				this.distinct.add(key);
				this.tfs.add(tf);
			}
		}

		long[] distinct() {
			return this.distinct.toArray();
		}

		float[] tfs() {
			return this.tfs.toArray();
		}

	}

}
