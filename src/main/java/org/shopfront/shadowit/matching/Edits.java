package org.shopfront.shadowit.matching;

/**
 * Optimal string alignment distance: insertions, deletions, substitutions and swaps of
 * two neighbouring letters ({@code SALESFROCE}) each count one.
 */
final class Edits {

	private Edits() {
	}

	/** The distance, or {@code limit + 1} as soon as it is sure to exceed the limit. */
	static int distance(String a, String b, int limit) {
		if (Math.abs(a.length() - b.length()) > limit) {
			return limit + 1;
		}
		int[] before = new int[b.length() + 1];
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			int best = current[0];
			for (int j = 1; j <= b.length(); j++) {
				int cost = (a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1;
				int value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					value = Math.min(value, before[j - 2] + 1);
				}
				current[j] = value;
				best = Math.min(best, value);
			}
			if (best > limit) {
				return limit + 1;
			}
			int[] oldest = before;
			before = previous;
			previous = current;
			current = oldest;
		}
		return previous[b.length()];
	}

}
