package org.shopfront.painpoints.mining;

import java.util.ArrayList;
import java.util.List;

/**
 * Corpus-specific boilerplate learned from a first clustering: a term or phrase in at
 * least {@value #MIN_SHARE} of the tickets that appears at no less than half its overall
 * rate in clusters holding at least {@value #SPREAD} of the tickets names no problem
 * (greetings, closings, job titles of signatures, forwarded headers), because a problem
 * concentrates in a few clusters. Such stems are left out before bigrams are formed; such
 * bigrams are not features.
 */
final class LearnedBoilerplate {

	static final double MIN_SHARE = 0.02;

	static final double SPREAD = 0.75;

	final boolean[] dropStems;

	final LongIntMap dropKeys;

	final List<String> phrases;

	private LearnedBoilerplate(boolean[] dropStems, LongIntMap dropKeys, List<String> phrases) {
		this.dropStems = dropStems;
		this.dropKeys = dropKeys;
		this.phrases = phrases;
	}

	static LearnedBoilerplate none(int stems) {
		return new LearnedBoilerplate(new boolean[stems], new LongIntMap(1), List.of());
	}

	static LearnedBoilerplate learn(SparseRows rows, TfIdf tfidf, int[] clusters, int k, Corpus corpus) {
		int n = rows.size();
		int[] candidates = new int[tfidf.dims()];
		int count = 0;
		for (int f = 0; f < tfidf.dims(); f++) {
			candidates[f] = (tfidf.df[f] >= MIN_SHARE * n) ? count++ : -1;
		}
		int[] sizes = new int[k];
		int[] perCluster = new int[count * k];
		for (int i = 0; i < n; i++) {
			sizes[clusters[i]]++;
			for (int col : rows.cols()[i]) {
				int candidate = candidates[col];
				if (candidate >= 0) {
					perCluster[candidate * k + clusters[i]]++;
				}
			}
		}
		boolean[] dropStems = new boolean[corpus.stems.length];
		LongIntMap dropKeys = new LongIntMap(64);
		List<String> phrases = new ArrayList<>();
		for (int f = 0; f < tfidf.dims(); f++) {
			int candidate = candidates[f];
			if (candidate < 0) {
				continue;
			}
			double rate = (double) tfidf.df[f] / n;
			double spread = 0;
			for (int c = 0; c < k; c++) {
				if (sizes[c] > 0 && (double) perCluster[candidate * k + c] / sizes[c] >= rate / 2) {
					spread += (double) sizes[c] / n;
				}
			}
			if (spread >= SPREAD) {
				long key = tfidf.keys[f];
				dropKeys.put(key, 1);
				if (TfIdf.isBigram(key)) {
					phrases.add(corpus.words[TfIdf.first(key)] + " " + corpus.words[TfIdf.second(key)]);
				}
				else {
					dropStems[(int) key] = true;
					phrases.add(corpus.words[(int) key]);
				}
			}
		}
		return new LearnedBoilerplate(dropStems, dropKeys, phrases);
	}

}
