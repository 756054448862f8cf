package org.shopfront.painpoints.mining;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * The phrases of a text that could name a pain point: runs of {@value #MIN_WORDS} to
 * {@value #MAX_WORDS} words as they stand in the text, never across punctuation or a line
 * break, never through a breaking word (a word of a caller's name, a greeting). Stop
 * words, numbers and words that are everywhere (learned boilerplate, mail headers) may
 * stand inside a phrase but not at its ends, so "printer on floor 3 jams" is a phrase and
 * "the printer" or "please reset" are not. A phrase is known by its lower-case words
 * joined by single spaces, and while counting by an id: each distinct word and each
 * distinct run of words after it (a node of a trie keyed by the run before it and its
 * last word) has one, so counting makes no strings. Not safe for use by many threads.
 */
final class Phrases {

	static final int MIN_WORDS = 2;

	static final int MAX_WORDS = 6;

	/** Characters that may stand between two words of one phrase. */
	private static final String JOINERS = "-/'&\u2019";

	private final TextAnalysis analysis;

	private final Set<String> breakingWords;

	private final Set<String> unfitEndStems;

	private final Map<String, Word> known = new HashMap<>();

	/**
	 * The id of each run of two or more words, by the run before it and its last word.
	 */
	private final LongIntMap children = new LongIntMap(1 << 16);

	/** By id: the run before the last word (-1 for a single word), the last word. */
	private final IntList befores = new IntList();

	private final IntList lasts = new IntList();

	/** By id: the word, for a single word (null for longer runs). */
	private final List<String> surfaces = new ArrayList<>();

	private final List<String> words = new ArrayList<>();

	private final List<Word> runWords = new ArrayList<>();

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

	/**
	 * The runs of words of the first {@code maxWords} tokens of the text that a phrase
	 * may lie in, each run followed by a null: the part of {@link #of} that makes no ids,
	 * safe for use by many threads.
	 */
	List<String> split(String text, int maxWords) {
		List<String> runs = new ArrayList<>();
		int[] previousEnd = { -1 };
		int[] seen = { 0 };
		this.analysis.tokens(text, (token, start, end) -> {
			if (seen[0]++ >= maxWords) {
				return;
			}
			boolean broken = previousEnd[0] >= 0 && !joins(text, previousEnd[0], start);
			boolean breaking = this.breakingWords.contains(token);
			if ((broken || breaking) && !runs.isEmpty() && runs.get(runs.size() - 1) != null) {
				runs.add(null);
			}
			if (!breaking) {
				runs.add(token);
			}
			previousEnd[0] = end;
		});
		if (!runs.isEmpty() && runs.get(runs.size() - 1) != null) {
			runs.add(null);
		}
		return runs;
	}

	/** Passes the id of each phrase in the runs of {@link #split}. */
	void of(List<String> runs, IntConsumer sink) {
		int from = 0;
		for (int i = 0; i < runs.size(); i++) {
			if (runs.get(i) != null) {
				continue;
			}
			if (i - from >= MIN_WORDS) {
				this.runWords.clear();
				for (int w = from; w < i; w++) {
					this.runWords.add(word(runs.get(w)));
				}
				ids(sink);
			}
			from = i + 1;
		}
	}

	/** Passes the id of each phrase of the run of words in {@code runWords}. */
	private void ids(IntConsumer sink) {
		int to = this.runWords.size();
		for (int i = 0; i < to; i++) {
			if (this.runWords.get(i).kind != Kind.END) {
				continue;
			}
			int id = this.runWords.get(i).id;
			for (int j = i + 1; j < Math.min(to, i + MAX_WORDS); j++) {
				id = child(id, this.runWords.get(j).id);
				if (j >= i + MIN_WORDS - 1 && this.runWords.get(j).kind == Kind.END) {
					sink.accept(id);
				}
			}
		}
	}

	/** How many ids there are: each is less. */
	int ids() {
		return this.lasts.size();
	}

	/** The ids of the words of a phrase, in order. */
	int[] words(int id) {
		int size = 0;
		for (int at = id; at >= 0; at = this.befores.get(at)) {
			size++;
		}
		int[] words = new int[size];
		for (int at = id; at >= 0; at = this.befores.get(at)) {
			words[--size] = this.lasts.get(at);
		}
		return words;
	}

	/** The id of the words from {@code from} up to {@code to}, or -1: never seen. */
	int find(int[] words, int from, int to) {
		int id = words[from];
		for (int i = from + 1; id >= 0 && i < to; i++) {
			id = this.children.get(((long) id << 32) | words[i], -1);
		}
		return id;
	}

	/** The phrase of an id: its words joined by single spaces. */
	String phrase(int id) {
		List<String> words = new ArrayList<>();
		for (int at = id; at >= 0; at = this.befores.get(at)) {
			words.add(this.surfaces.get(this.lasts.get(at)));
		}
		Collections.reverse(words);
		return String.join(" ", words);
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
		clear();
		int[] previousEnd = { -1 };
		int[] seen = { 0 };
		this.analysis.tokens(text, (token, start, end) -> {
			if (seen[0]++ >= maxWords) {
				return;
			}
			boolean broken = previousEnd[0] >= 0 && !joins(text, previousEnd[0], start);
			Word word = word(token);
			if (broken || word.kind == Kind.BREAK) {
				flush(run);
			}
			if (word.kind != Kind.BREAK) {
				this.words.add(token);
				this.runWords.add(word);
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
		clear();
	}

	private void clear() {
		this.words.clear();
		this.runWords.clear();
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

	private Word word(String token) {
		Word word = this.known.get(token);
		if (word == null) {
			word = new Word(node(-1, -1, token), judge(token));
			this.known.put(token, word);
		}
		return word;
	}

	/** The id of the run of words {@code before} followed by the word {@code last}. */
	private int child(int before, int last) {
		long key = ((long) before << 32) | last;
		int id = this.children.get(key, -1);
		if (id < 0) {
			id = node(before, last, null);
			this.children.put(key, id);
		}
		return id;
	}

	/** A new id: of a word (its surface given, no run before it) or of a longer run. */
	private int node(int before, int last, String surface) {
		int id = this.lasts.size();
		this.befores.add(before);
		this.lasts.add((surface != null) ? id : last);
		this.surfaces.add(surface);
		return id;
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

	private record Word(int id, Kind kind) {

	}

	private interface Run {

		void accept(int from, int to);

	}

}
