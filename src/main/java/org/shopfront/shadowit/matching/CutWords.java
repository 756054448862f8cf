package org.shopfront.shadowit.matching;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the last word of a line the statement cut short: a fragment of a legal suffix
 * ({@code LI} of {@code LIMITED}) is dropped, and the beginning of a word that says
 * something about the merchant ({@code TECHNOLOGIE}, {@code RESTAURA}) says it too.
 */
final class CutWords {

	private static final int SHORTEST_BEGINNING = 4;

	private static final int LONGEST_FRAGMENT = 2;

	private final Set<String> legal;

	private final Set<String> vocabulary;

	/** Stands for a beginning shared by words of different kinds, which says nothing. */
	private static final Token.Kind AMBIGUOUS = Token.Kind.NAME;

	/** What the words a beginning may be cut from say, by beginning. */
	private final Map<String, Token.Kind> beginnings = new HashMap<>();

	CutWords(MerchantWords words, Set<String> vocabulary) {
		this.legal = words.section("legal");
		this.vocabulary = vocabulary;
		words.section("weak-context").forEach((w) -> add(w, Token.Kind.NEUTRAL));
		words.section("strong-context").forEach((w) -> add(w, Token.Kind.SOFTWARE));
		words.section("negative").forEach((w) -> add(w, Token.Kind.NOT_SOFTWARE));
	}

	private void add(String word, Token.Kind kind) {
		for (int length = SHORTEST_BEGINNING; length < word.length(); length++) {
			this.beginnings.merge(word.substring(0, length), kind, (a, b) -> (a == b) ? a : AMBIGUOUS);
		}
	}

	void complete(List<Token> tokens) {
		if (tokens.size() < 2) {
			return;
		}
		int last = tokens.size() - 1;
		Token word = tokens.get(last);
		if (word.kind() != Token.Kind.NAME || this.vocabulary.contains(word.text())) {
			return;
		}
		if (word.text().length() <= LONGEST_FRAGMENT
				&& this.legal.stream().anyMatch((l) -> l.startsWith(word.text()))) {
			tokens.remove(last);
			return;
		}
		Token.Kind kind = this.beginnings.get(word.text());
		if (kind != null && kind != AMBIGUOUS) {
			tokens.set(last, new Token(word.text(), kind));
		}
	}

}
