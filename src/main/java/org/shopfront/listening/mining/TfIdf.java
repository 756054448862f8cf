package org.shopfront.listening.mining;

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

	static TfIdf fit(int[][] tokens, boolean[] dropStems, LongIntMap dropKeys, int minDf, int maxFeatures,
			float titleWeight, Parallel parallel) {
		LongIntMap[] counts = new LongIntMap[parallel.threads()];
		parallel.forParts(tokens.length, (part, from, to) -> {
			LongIntMap df = new LongIntMap(1 << 16);
			Keys keys = new Keys();
			for (int t = from; t < to; t++) {
				keys.of(tokens[t], dropStems);
				long[] distinct = keys.distinct();
				for (long key : distinct) {
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
			idf[i] = (float) (1 + Math.log((1.0 + tokens.length) / (1.0 + frequencies[i])));
		}
		return new TfIdf(ids, keys, frequencies, idf, dropStems, titleWeight);
	}

	SparseRows transform(int[][] tokens, Parallel parallel) {
		int[][] cols = new int[tokens.length][];
		float[][] vals = new float[tokens.length][];
		parallel.forParts(tokens.length, (part, from, to) -> {
			Keys keys = new Keys();
			for (int t = from; t < to; t++) {
				keys.of(tokens[t], this.dropStems);
				vector(keys, t, cols, vals);
			}
		});
		return new SparseRows(cols, vals, this.keys.length);
	}

	/** The vector of one ticket's tokens, as a single row. */
	SparseRows transformOne(int[] tokens) {
		Keys keys = new Keys();
		keys.of(tokens, this.dropStems);
		int[][] cols = new int[1][];
		float[][] vals = new float[1][];
		vector(keys, 0, cols, vals);
		return new SparseRows(cols, vals, this.keys.length);
	}

	private void vector(Keys keys, int row, int[][] cols, float[][] vals) {
		long[] title = keys.title.sorted();
		long[] rest = keys.rest.sorted();
		int titles = keys.title.size();
		int rests = keys.rest.size();
		IntList ids = new IntList();
		FloatList tfs = new FloatList();
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
			int id = this.ids.get(key, -1);
			if (id >= 0) {
				ids.add(id);
				tfs.add((float) ((1 + Math.log(tf)) * this.idf[id]));
			}
		}
		int[] c = ids.toArray();
		float[] v = tfs.toArray();
		// Keys sort unigrams before bigrams and ids follow key order, so columns are
		// sorted.
		double norm = 0;
		for (float x : v) {
			norm += x * x;
		}
		float scale = (norm > 0) ? (float) (1 / Math.sqrt(norm)) : 0;
		for (int k = 0; k < v.length; k++) {
			v[k] *= scale;
		}
		cols[row] = c;
		vals[row] = v;
	}

	private static long[] mostFrequent(long[] keys, LongIntMap df, int limit) {
		Long[] boxed = Arrays.stream(keys).boxed().toArray(Long[]::new);
		Arrays.sort(boxed, (a, b) -> {
			int byCount = Integer.compare(df.get(b, 0), df.get(a, 0));
			return (byCount != 0) ? byCount : Long.compare(a, b);
		});
		return Arrays.stream(boxed, 0, limit).mapToLong(Long::longValue).toArray();
	}

	/** The unigram and bigram keys of one ticket, those of the title apart. */
	private static final class Keys {

		final LongList title = new LongList();

		final LongList rest = new LongList();

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
		}

		long[] distinct() {
			long[] all = new long[this.title.size() + this.rest.size()];
			System.arraycopy(this.title.sorted(), 0, all, 0, this.title.size());
			System.arraycopy(this.rest.sorted(), 0, all, this.title.size(), this.rest.size());
			Arrays.sort(all);
			int n = 0;
			for (int i = 0; i < all.length; i++) {
				if (i == 0 || all[i] != all[i - 1]) {
					all[n++] = all[i];
				}
			}
			return Arrays.copyOf(all, n);
		}

	}

}
