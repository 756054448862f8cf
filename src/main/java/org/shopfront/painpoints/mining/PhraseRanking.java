package org.shopfront.painpoints.mining;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks a cluster's phrases, all by id: the phrase whose share of the cluster's tickets
 * most exceeds its share of all tickets, p(t|c) log(p(t|c) / p(t)) (class-based TF-IDF),
 * ahead when it stands in titles. As in the C-value of term extraction, a phrase counts
 * by the tickets that hold it beyond its longer phrases (on average), so a complete
 * phrase wins over a fragment ("laptop takes" gives way to "laptop takes ages to start");
 * and a phrase gives way to a longer one that holds it and is nearly as frequent. Only
 * phrases that rank are made into strings.
 */
final class PhraseRanking {

	/** How much more a phrase that stands in every title weighs than one in none. */
	private static final double TITLES = 2;

	/** Phrases kept per pain point, for a label that is already taken. */
	private static final int RANKED = 10;

	/** How frequent a longer phrase must be, against the one it holds, to replace it. */
	private static final double LONGER = 0.7;

	private final Phrases phrases;

	/** By id: how many tickets its longer phrases hold in all, and how many they are. */
	private final double[] longerSums;

	private final int[] longerCounts;

	/** For the phrase ids below {@code ids}. */
	PhraseRanking(Phrases phrases, int ids) {
		this.phrases = phrases;
		this.longerSums = new double[ids];
		this.longerCounts = new int[ids];
	}

	/**
	 * The cluster's phrases, best first; {@code ids} receives the id of each phrase that
	 * ranked.
	 * @param candidates the phrases in at least {@value PainPointLabels#MIN_TICKETS} of
	 * the cluster's tickets
	 * @param inCluster by id, in how many of the cluster's tickets (0 for other phrases)
	 * @param inTitle by id, in how many of their titles
	 * @param overall by id, in how many of all the tickets sampled
	 */
	List<String> rank(IntList candidates, int[] inCluster, int[] inTitle, int[] overall, int size, int total,
			Map<String, Integer> ids) {
		Map<Integer, IntList> holders = containers(candidates, inCluster);
		List<Scored> byScore = new ArrayList<>();
		for (int i = 0; i < candidates.size(); i++) {
			int c = candidates.get(i);
			double share = (double) inCluster[c] / size;
			double everywhere = (double) overall[c] / total;
			double alone = inCluster[c] - ((this.longerCounts[c] > 0) ? this.longerSums[c] / this.longerCounts[c] : 0);
			if (share > everywhere && alone > 0) {
				double score = alone / size * Math.log(share / everywhere) * (1 + TITLES * inTitle[c] / inCluster[c]);
				byScore.add(new Scored(c, this.phrases.phrase(c), score));
			}
			this.longerSums[c] = 0;
			this.longerCounts[c] = 0;
		}
		byScore.sort(Comparator.comparingDouble((Scored s) -> -s.score()).thenComparing(Scored::phrase));
		Map<Integer, Integer> positions = new HashMap<>();
		for (int p = 0; p < byScore.size(); p++) {
			positions.put(byScore.get(p).id(), p);
			ids.put(byScore.get(p).phrase(), byScore.get(p).id());
		}
		List<String> ranked = new ArrayList<>();
		for (Scored phrase : byScore) {
			String best = longer(phrase, byScore, positions, holders.get(phrase.id()), inCluster);
			if (!ranked.contains(best)) {
				ranked.add(best);
			}
			if (ranked.size() == RANKED) {
				break;
			}
		}
		return ranked;
	}

	/**
	 * Adds up, for each candidate, the counts of the longer candidates that hold it and
	 * their number; returns the longer candidates holding each.
	 */
	private Map<Integer, IntList> containers(IntList candidates, int[] inCluster) {
		Map<Integer, IntList> holders = new HashMap<>();
		for (int i = 0; i < candidates.size(); i++) {
			int c = candidates.get(i);
			int[] words = this.phrases.words(c);
			for (int from = 0; from < words.length; from++) {
				for (int to = from + Phrases.MIN_WORDS; to <= words.length; to++) {
					int inside = (to - from < words.length) ? this.phrases.find(words, from, to) : -1;
					if (inside >= 0 && inCluster[inside] >= PainPointLabels.MIN_TICKETS) {
						this.longerSums[inside] += inCluster[c];
						this.longerCounts[inside]++;
						holders.computeIfAbsent(inside, (key) -> new IntList()).add(c);
					}
				}
			}
		}
		return holders;
	}

	/**
	 * The most frequent ranked phrase that holds this one and is nearly as frequent (of
	 * two as frequent, the longer; of two as long, the better ranked).
	 */
	private static String longer(Scored phrase, List<Scored> byScore, Map<Integer, Integer> positions, IntList holding,
			int[] inCluster) {
		Scored best = phrase;
		if (holding == null) {
			return best.phrase();
		}
		int needed = (int) Math.ceil(LONGER * inCluster[phrase.id()]);
		int[] ranks = new int[holding.size()];
		int size = 0;
		for (int h = 0; h < holding.size(); h++) {
			Integer position = positions.get(holding.get(h));
			if (position != null) {
				ranks[size++] = position;
			}
		}
		int[] ordered = Arrays.stream(ranks, 0, size).sorted().distinct().toArray();
		for (int position : ordered) {
			Scored candidate = byScore.get(position);
			int count = inCluster[candidate.id()];
			if (count >= needed && (best == phrase || count > inCluster[best.id()]
					|| count == inCluster[best.id()] && candidate.phrase().length() > best.phrase().length())) {
				best = candidate;
			}
		}
		return best.phrase();
	}

	private record Scored(int id, String phrase, double score) {
	}

}
