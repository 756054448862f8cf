package org.shopfront.painpoints;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Where a pain point sits in word space, kept compactly so that any node can place a new
 * ticket after a restart: the stems that weigh most in the pain point's tickets, each
 * with its weight (the unit-length centroid of the tickets' TF-IDF vectors times the
 * stem's IDF). A ticket's score is the sum over its stems of {@code (1 + ln tf)} times
 * the weight; the highest score wins, which is the nearest centroid by cosine because the
 * ticket's own length is the same for every pain point.
 */
final class PainPointCentroid {

	/** Stems kept per pain point: enough to place tickets, small enough for one row. */
	static final int KEPT_TERMS = 200;

	private final String[] terms;

	private final float[] weights;

	private PainPointCentroid(String[] terms, float[] weights) {
		this.terms = terms;
		this.weights = weights;
	}

	/** The heaviest {@link #KEPT_TERMS} entries of a stem-to-weight map. */
	static PainPointCentroid of(Map<String, Float> weights) {
		String[] kept = weights.entrySet()
			.stream()
			.filter((e) -> e.getValue() > 0)
			.sorted(Map.Entry.<String, Float>comparingByValue(Comparator.reverseOrder())
				.thenComparing(Map.Entry.comparingByKey()))
			.limit(KEPT_TERMS)
			.map(Map.Entry::getKey)
			.sorted()
			.toArray(String[]::new);
		float[] values = new float[kept.length];
		for (int i = 0; i < kept.length; i++) {
			values[i] = weights.get(kept[i]);
		}
		return new PainPointCentroid(kept, values);
	}

	/** How well a ticket with these stem counts fits; 0 when it shares no stem. */
	double score(Map<String, Integer> stemCounts) {
		double score = 0;
		for (Map.Entry<String, Integer> stem : stemCounts.entrySet()) {
			int i = Arrays.binarySearch(this.terms, stem.getKey());
			if (i >= 0) {
				score += (1 + Math.log(stem.getValue())) * this.weights[i];
			}
		}
		return score;
	}

	/** Cosine similarity of two centroids, 0 to 1. */
	double similarity(PainPointCentroid other) {
		double dot = 0;
		int i = 0;
		int j = 0;
		while (i < this.terms.length && j < other.terms.length) {
			int c = this.terms[i].compareTo(other.terms[j]);
			if (c == 0) {
				dot += (double) this.weights[i++] * other.weights[j++];
			}
			else if (c < 0) {
				i++;
			}
			else {
				j++;
			}
		}
		double norms = norm() * other.norm();
		return (norms > 0) ? dot / norms : 0;
	}

	private double norm() {
		double sum = 0;
		for (float w : this.weights) {
			sum += (double) w * w;
		}
		return Math.sqrt(sum);
	}

	int size() {
		return this.terms.length;
	}

	/** {@code stem weight} pairs separated by {@code ;}; stems never hold either. */
	String encode() {
		StringJoiner joined = new StringJoiner(";");
		for (int i = 0; i < this.terms.length; i++) {
			joined.add(this.terms[i] + " " + this.weights[i]);
		}
		return joined.toString();
	}

	static PainPointCentroid decode(String encoded) {
		if (encoded == null || encoded.isEmpty()) {
			return new PainPointCentroid(new String[0], new float[0]);
		}
		String[] pairs = encoded.split(";");
		String[] terms = new String[pairs.length];
		float[] weights = new float[pairs.length];
		for (int i = 0; i < pairs.length; i++) {
			int space = pairs[i].lastIndexOf(' ');
			terms[i] = pairs[i].substring(0, space);
			weights[i] = Float.parseFloat(pairs[i].substring(space + 1));
		}
		return new PainPointCentroid(terms, weights);
	}

}
