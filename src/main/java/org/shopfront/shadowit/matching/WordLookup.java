package org.shopfront.shadowit.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the alias words a merchant word may stand for when it is not one of them: a
 * misspelling ({@code ATLASIAN}, {@code SALESFROCE}: at most one edit, two in long words,
 * found through the words' character trigrams) or a statement abbreviation without vowels
 * ({@code CLD}, {@code HUBSPT}). Words of aliases that are ordinary words are left out: a
 * near miss of an ordinary word is another word.
 */
final class WordLookup {

	static final double SPELLING = 0.85;

	private static final int SHORTEST_MISSPELT = 6;

	private static final int SHORTEST_ABBREVIATED = 3;

	private final Set<String> vocabulary;

	private final String[] sorted;

	private final Map<String, List<String>> byTrigram = new HashMap<>();

	private final Map<String, List<String>> bySkeleton = new HashMap<>();

	WordLookup(Set<String> vocabulary, Set<String> fuzzyWords) {
		this.vocabulary = vocabulary;
		this.sorted = vocabulary.stream().sorted().toArray(String[]::new);
		for (String word : fuzzyWords) {
			if (word.length() >= SHORTEST_MISSPELT - 1 && letters(word)) {
				for (String trigram : trigrams(word)) {
					this.byTrigram.computeIfAbsent(trigram, (t) -> new ArrayList<>()).add(word);
				}
				this.bySkeleton.computeIfAbsent(skeleton(word), (s) -> new ArrayList<>()).add(word);
			}
		}
	}

	boolean contains(String word) {
		return this.vocabulary.contains(word);
	}

	/**
	 * Alias words that begin with the given text and are longer, at most {@code limit}.
	 */
	List<String> longer(String prefix, int limit) {
		List<String> longer = new ArrayList<>();
		int at = Arrays.binarySearch(this.sorted, prefix);
		for (int i = (at >= 0) ? at + 1 : -at - 1; i < this.sorted.length && longer.size() < limit
				&& this.sorted[i].startsWith(prefix); i++) {
			longer.add(this.sorted[i]);
		}
		return longer;
	}

	/** The alias words a word not among them may be a misspelling or abbreviation of. */
	List<String> near(String word) {
		List<String> near = new ArrayList<>(2);
		if (!letters(word)) {
			return near;
		}
		if (word.length() >= SHORTEST_ABBREVIATED && vowelsAfterFirst(word) <= 1) {
			for (String candidate : this.bySkeleton.getOrDefault(skeleton(word), List.of())) {
				if (candidate.length() > word.length() && candidate.charAt(0) == word.charAt(0)
						&& subsequence(word, candidate)) {
					near.add(candidate);
				}
			}
		}
		if (word.length() >= SHORTEST_MISSPELT) {
			Map<String, Integer> shared = new HashMap<>();
			for (String trigram : trigrams(word)) {
				for (String candidate : this.byTrigram.getOrDefault(trigram, List.of())) {
					shared.merge(candidate, 1, Integer::sum);
				}
			}
			int allowed = (word.length() >= 10) ? 2 : 1;
			shared.forEach((candidate, count) -> {
				if (count >= word.length() - 2 - 3 * allowed && !candidate.startsWith(word)
						&& !word.startsWith(candidate) && !near.contains(candidate)
						&& Edits.distance(word, candidate, allowed) <= allowed) {
					near.add(candidate);
				}
			});
		}
		return near;
	}

	/**
	 * The first letter and the consonants after it: {@code hubspot} gives {@code hbspt}.
	 */
	static String skeleton(String word) {
		StringBuilder skeleton = new StringBuilder().append(word.charAt(0));
		for (int i = 1; i < word.length(); i++) {
			char c = word.charAt(i);
			if ("aeiou".indexOf(c) < 0) {
				skeleton.append(c);
			}
		}
		return skeleton.toString();
	}

	private static int vowelsAfterFirst(String word) {
		int vowels = 0;
		for (int i = 1; i < word.length(); i++) {
			if ("aeiou".indexOf(word.charAt(i)) >= 0) {
				vowels++;
			}
		}
		return vowels;
	}

	private static boolean subsequence(String shorter, String longer) {
		int j = 0;
		for (int i = 0; i < longer.length() && j < shorter.length(); i++) {
			if (longer.charAt(i) == shorter.charAt(j)) {
				j++;
			}
		}
		return j == shorter.length();
	}

	private static List<String> trigrams(String word) {
		String padded = " " + word + " ";
		List<String> trigrams = new ArrayList<>(padded.length() - 2);
		for (int i = 0; i + 3 <= padded.length(); i++) {
			trigrams.add(padded.substring(i, i + 3));
		}
		return trigrams;
	}

	private static boolean letters(String word) {
		for (int i = 0; i < word.length(); i++) {
			char c = word.charAt(i);
			if (c < 'a' || c > 'z') {
				return false;
			}
		}
		return true;
	}

}
