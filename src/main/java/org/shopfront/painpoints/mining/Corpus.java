package org.shopfront.painpoints.mining;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

import org.apache.lucene.analysis.CharArrayMap;

/**
 * Tickets analysed into sequences of stem ids (a {@link #FIELD_BREAK} between fields),
 * with the stems numbered in alphabetical order so that the result does not depend on
 * which thread saw a word first.
 */
final class Corpus {

	static final int FIELD_BREAK = -1;

	final int[][] tokens;

	final String[] stems;

	/** The most frequent word of each stem, for labels. */
	final String[] words;

	private Corpus(int[][] tokens, String[] stems, String[] words) {
		this.tokens = tokens;
		this.stems = stems;
		this.words = words;
	}

	int size() {
		return this.tokens.length;
	}

	Map<String, Integer> stemIds() {
		Map<String, Integer> ids = new HashMap<>(this.stems.length * 2);
		for (int i = 0; i < this.stems.length; i++) {
			ids.put(this.stems[i], i);
		}
		return ids;
	}

	static Corpus analyse(List<TicketText> tickets, TextAnalysis analysis, RepeatedLines repeated, Parallel parallel) {
		Map<String, Word> words = new ConcurrentHashMap<>(1 << 16);
		Map<String, Integer> stemIds = new ConcurrentHashMap<>(1 << 15);
		AtomicInteger nextStem = new AtomicInteger();
		int[][] tokens = new int[tickets.size()][];
		parallel.forParts(tickets.size(), (part, from, to) -> {
			// Each thread looks words up in its own map first: no strings, no contention.
			CharArrayMap<LocalWord> local = new CharArrayMap<>(1 << 14, false);
			IntList ids = new IntList();
			for (int t = from; t < to; t++) {
				ids.clear();
				List<String> fields = tickets.get(t).fields();
				for (int f = 0; f < fields.size(); f++) {
					if (f > 0) {
						ids.add(FIELD_BREAK);
					}
					String text = MailBoilerplate.strip(repeated.strip(fields.get(f)));
					analysis.tokens(text, (chars, length) -> {
						LocalWord word = local.get(chars, 0, length);
						if (word == null) {
							String surface = new String(chars, 0, length);
							word = analysis.isWord(chars, length)
									? new LocalWord(
											words.computeIfAbsent(surface,
													(s) -> new Word(stemIds.computeIfAbsent(analysis.stem(s),
															(stem) -> nextStem.getAndIncrement()))))
									: LocalWord.SKIPPED;
							local.put(surface, word);
						}
						if (word != LocalWord.SKIPPED) {
							word.count++;
							ids.add(word.shared.stem);
						}
					});
				}
				tokens[t] = ids.toArray();
			}
			for (Object value : local.values()) {
				LocalWord word = (LocalWord) value;
				if (word != LocalWord.SKIPPED) {
					word.shared.count.add(word.count);
				}
			}
		});
		return numberAlphabetically(tokens, words, stemIds, parallel);
	}

	private static Corpus numberAlphabetically(int[][] tokens, Map<String, Word> words, Map<String, Integer> stemIds,
			Parallel parallel) {
		String[] stems = stemIds.keySet().toArray(String[]::new);
		Arrays.sort(stems);
		int[] renumber = new int[stems.length];
		for (int i = 0; i < stems.length; i++) {
			renumber[stemIds.get(stems[i])] = i;
		}
		parallel.forParts(tokens.length, (part, from, to) -> {
			for (int t = from; t < to; t++) {
				int[] ids = tokens[t];
				for (int i = 0; i < ids.length; i++) {
					if (ids[i] != FIELD_BREAK) {
						ids[i] = renumber[ids[i]];
					}
				}
			}
		});
		String[] display = new String[stems.length];
		long[] best = new long[stems.length];
		words.entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.naturalOrder())).forEach((entry) -> {
			int stem = renumber[entry.getValue().stem];
			long count = entry.getValue().count.sum();
			if (count > best[stem]) {
				best[stem] = count;
				display[stem] = entry.getKey();
			}
		});
		return new Corpus(tokens, stems, display);
	}

	private static final class LocalWord {

		/** A stop word or a token without a letter: not part of the ticket's words. */
		static final LocalWord SKIPPED = new LocalWord(null);

		final Word shared;

		long count;

		LocalWord(Word shared) {
			this.shared = shared;
		}

	}

	private static final class Word {

		final int stem;

		final LongAdder count = new LongAdder();

		Word(int stem) {
			this.stem = stem;
		}

	}

}
