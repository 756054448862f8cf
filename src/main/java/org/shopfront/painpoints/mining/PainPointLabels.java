package org.shopfront.painpoints.mining;

import java.util.ArrayList;
import java.util.List;

/**
 * Labels a cluster with its most distinctive terms: those whose share of the cluster's
 * tickets most exceeds their share of all tickets, p(t|c) log(p(t|c) / p(t)). A phrase
 * (bigram) stands for the words it contains, so a label reads <em>password reset; account
 * locked</em> rather than <em>password; reset; account</em>. Words of mail headers and
 * dates are never part of a label.
 */
final class PainPointLabels {

	private static final int TERMS = 3;

	private final Corpus corpus;

	private final TfIdf tfidf;

	private final boolean[] unfit;

	/** Labels from the features of tfidf; stems marked unfit are never part of one. */
	PainPointLabels(Corpus corpus, TfIdf tfidf, boolean[] unfit) {
		this.corpus = corpus;
		this.tfidf = tfidf;
		this.unfit = unfit;
	}

	/** The label terms of each cluster. */
	List<List<String>> terms(SparseRows rows, int[] clusters, int k) {
		int dims = this.tfidf.dims();
		int n = rows.size();
		int[] sizes = new int[k];
		int[] df = new int[dims];
		int[] inCluster = new int[dims * k];
		for (int i = 0; i < n; i++) {
			sizes[clusters[i]]++;
			for (int col : rows.cols()[i]) {
				df[col]++;
				inCluster[col * k + clusters[i]]++;
			}
		}
		List<List<String>> labels = new ArrayList<>();
		for (int c = 0; c < k; c++) {
			labels.add(label(c, k, sizes[c], n, df, inCluster));
		}
		return labels;
	}

	private List<String> label(int c, int k, int size, int n, int[] df, int[] inCluster) {
		int dims = df.length;
		double[] scores = new double[dims];
		for (int f = 0; f < dims; f++) {
			int count = inCluster[f * k + c];
			long key = this.tfidf.keys[f];
			if (this.unfit[TfIdf.first(key)] || TfIdf.isBigram(key) && this.unfit[TfIdf.second(key)]) {
				continue;
			}
			if (count >= 2 || count >= 1 && size < 4) {
				double pc = (double) count / size;
				scores[f] = pc * Math.log(pc / ((double) df[f] / n));
			}
		}
		List<Long> chosen = new ArrayList<>();
		while (chosen.size() < TERMS) {
			int best = -1;
			for (int f = 0; f < dims; f++) {
				if (scores[f] > 0 && (best < 0 || scores[f] > scores[best])) {
					best = f;
				}
			}
			if (best < 0) {
				break;
			}
			scores[best] = 0;
			long key = this.tfidf.keys[best];
			if (covered(key, chosen)) {
				continue;
			}
			if (TfIdf.isBigram(key)) {
				chosen.removeIf((other) -> !TfIdf.isBigram(other)
						&& (TfIdf.first(other) == TfIdf.first(key) || TfIdf.first(other) == TfIdf.second(key)));
			}
			chosen.add(key);
		}
		return chosen.stream().map(this::words).toList();
	}

	private static boolean covered(long key, List<Long> chosen) {
		for (long other : chosen) {
			if (!TfIdf.isBigram(key) && TfIdf.isBigram(other)
					&& (TfIdf.first(other) == key || TfIdf.second(other) == key)) {
				return true;
			}
			if (TfIdf.isBigram(key) && TfIdf.isBigram(other) && TfIdf.first(key) == TfIdf.second(other)
					&& TfIdf.second(key) == TfIdf.first(other)) {
				return true;
			}
		}
		return false;
	}

	private String words(long key) {
		return TfIdf.isBigram(key) ? this.corpus.words[TfIdf.first(key)] + " " + this.corpus.words[TfIdf.second(key)]
				: this.corpus.words[(int) key];
	}

}
