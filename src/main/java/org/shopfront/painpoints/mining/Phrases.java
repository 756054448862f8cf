package org.shopfront.painpoints.mining;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The phrases of a text that could name a pain point: runs of {@value #MIN_WORDS} to
 * {@value #MAX_WORDS} words as they stand in the text, never across punctuation or a line
 * break, never through a breaking word (a word of a caller's name, a greeting). Stop
 * words, numbers and words that are everywhere (learned boilerplate, mail headers) may
 * stand inside a phrase but not at its ends, so "printer on floor 3 jams" is a phrase and
 * "the printer" or "please reset" are not. A phrase is known by its lower-case words
 * joined by single spaces. Not safe for use by many threads.
 */
final class Phrases {

	static final int MIN_WORDS = 2;

	static final int MAX_WORDS = 6;

	/** Characters that may stand between two words of one phrase. */
	private static final String JOINERS = "-/'&\u2019";

	private final TextAnalysis analysis;

	private final Set<String> breakingWords;

	private final Set<String> unfitEndStems;

	private final Map<String, Kind> kinds = new HashMap<>();

	private final List<String> words = new ArrayList<>();

	private final List<int[]> places = new ArrayList<>();

	/**
	 * @param breakingWords lower-case words no phrase may hold
	 * @param unfitEndStems stems no phrase may start or end with
	 */
	Phrases(TextAnalysis analysis, Set<String> breakingWords, Set<String> unfitEndStems) {
		this.analysis = analysis;
		this.breakingWords = breakingWords;
		this.unfitEndStems = unfitEndStems;
	}

	/** Passes each phrase of the first {@code maxWords} tokens of the text. */
	void of(String text, int maxWords, Consumer<String> sink) {
		runs(text, maxWords, (from, to) -> {
			for (int i = from; i < to; i++) {
				if (kind(this.words.get(i)) != Kind.END) {
					continue;
				}
				for (int j = i + MIN_WORDS - 1; j < Math.min(to, i + MAX_WORDS); j++) {
					if (kind(this.words.get(j)) == Kind.END) {
						sink.accept(String.join(" ", this.words.subList(i, j + 1)));
					}
				}
			}
		});
	}

	/**
	 * The phrase as written in the text (its case and joiners kept, spaces made single),
	 * or null when the text does not hold it.
	 */
	String written(String text, String phrase, int maxWords) {
		String[] found = new String[1];
		int size = phrase.split(" ").length;
		runs(text, maxWords, (from, to) -> {
			for (int i = from; found[0] == null && i + size <= to; i++) {
				if (String.join(" ", this.words.subList(i, i + size)).equals(phrase)) {
					found[0] = text.substring(this.places.get(i)[0], this.places.get(i + size - 1)[1])
						.replaceAll("\\s+", " ");
				}
			}
		});
		return found[0];
	}

	/** Splits the text's tokens into runs that no phrase crosses. */
	private void runs(String text, int maxWords, Run run) {
		this.words.clear();
		this.places.clear();
		int[] previousEnd = { -1 };
		int[] seen = { 0 };
		this.analysis.tokens(text, (token, start, end) -> {
			if (seen[0]++ >= maxWords) {
				return;
			}
			boolean broken = previousEnd[0] >= 0 && !joins(text, previousEnd[0], start);
			if (broken || kind(token) == Kind.BREAK) {
				flush(run);
			}
			if (kind(token) != Kind.BREAK) {
				this.words.add(token);
				this.places.add(new int[] { start, end });
			}
			previousEnd[0] = end;
		});
		flush(run);
	}

	private void flush(Run run) {
		if (this.words.size() >= MIN_WORDS) {
			run.accept(0, this.words.size());
		}
		this.words.clear();
		this.places.clear();
	}

	private static boolean joins(String text, int from, int to) {
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (c == '\n' || c == '\r' || !Character.isWhitespace(c) && JOINERS.indexOf(c) < 0) {
				return false;
			}
		}
		return true;
	}

	private Kind kind(String token) {
		return this.kinds.computeIfAbsent(token, this::judge);
	}

	private Kind judge(String token) {
		if (this.breakingWords.contains(token)) {
			return Kind.BREAK;
		}
		char[] chars = token.toCharArray();
		if (token.length() <= 3 && token.chars().allMatch(Character::isDigit)) {
			// "floor 3", "windows 10", "office 365"
			return Kind.END;
		}
		if (!this.analysis.isWord(chars, chars.length) || this.unfitEndStems.contains(this.analysis.stem(token))) {
			return Kind.INSIDE;
		}
		return Kind.END;
	}

	/** What a token may be in a phrase. */
	private enum Kind {

		/** Any place. */
		END,
		/** Only between two others. */
		INSIDE,
		/** None: it ends the run of words before it. */
		BREAK

	}

	private interface Run {

		void accept(int from, int to);

	}

}
