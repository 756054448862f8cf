package org.shopfront.shadowit.matching;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns the merchant text of a card or bank statement line into the words that may name
 * the merchant. General rules, none for a particular vendor: bank booking words at the
 * start ({@code SEPA-LASTSCHRIFT}, {@code KARTENZAHLUNG}, {@code CB}, {@code BEA},
 * {@code Kortköp}, {@code VISA VARE}) and the dates and numbers that follow them; a
 * payment processor's prefix ({@code PAYPAL *}, {@code SQ *}, {@code FS *}); numbers,
 * phone numbers, amounts, dates and reference codes ({@code T0492HXBC5},
 * {@code E0400ABCDE}); currencies; legal suffixes ({@code INC}, {@code GMBH},
 * {@code PTY LTD}); payment words ({@code PURCHASE}, {@code INVOICE}); and, at the end,
 * states, countries, regions and cities, also when the statement cut them short
 * ({@code SYDNE}). A word run together with a known one is split ({@code NOTIONLABS}).
 */
final class MerchantNormaliser {

	/**
	 * The shortest line a statement may have cut short: the name field of a card
	 * transaction holds 22 to 25 characters.
	 */
	private static final int SHORTEST_CUT_LINE = 20;

	private final MerchantLexer lexer;

	private final Processors processors;

	private final Set<String> vocabulary;

	private final boolean merchants;

	private final TrailingPlaces places;

	private final CutWords cutWords;

	private final Set<String> legal;

	private final Set<String> dropped = new HashSet<>();

	private final Set<String> leading = new HashSet<>();

	private final Set<String> months;

	private final Set<String> softwareWords;

	private final Set<String> neutralWords;

	private final Set<String> notSoftwareWords;

	private final Set<String> known = new HashSet<>();

	private MerchantNormaliser(MerchantWords words, Processors processors, Set<String> vocabulary, boolean merchants) {
		this.lexer = new MerchantLexer(words);
		this.processors = processors;
		this.vocabulary = vocabulary;
		this.merchants = merchants;
		this.places = new TrailingPlaces(words);
		this.cutWords = new CutWords(words, vocabulary);
		this.legal = words.section("legal");
		for (String section : List.of("legal", "stopwords", "noise", "bank", "currencies", "sepa-tags")) {
			this.dropped.addAll(words.section(section));
		}
		for (String section : List.of("bank", "leading", "noise", "currencies")) {
			this.leading.addAll(words.section(section));
		}
		this.months = words.section("months");
		this.softwareWords = words.section("strong-context");
		this.neutralWords = words.section("weak-context");
		this.notSoftwareWords = words.section("negative");
		for (String section : List.of("legal", "noise", "strong-context", "weak-context", "negative", "codes")) {
			this.known.addAll(words.section(section));
		}
	}

	/**
	 * For aliases in the vendor directory: numbers are kept, no processor is looked for.
	 */
	static MerchantNormaliser forAliases() {
		return new MerchantNormaliser(MerchantWords.SHIPPED, Processors.SHIPPED, Set.of(), false);
	}

	/**
	 * For merchant text.
	 * @param vocabulary the words of the directory's aliases: a word with digits is kept
	 * only if it is one of them ({@code 365}, {@code 1password}), and a word run together
	 * with one of them is split
	 */
	static MerchantNormaliser forMerchants(Set<String> vocabulary) {
		return new MerchantNormaliser(MerchantWords.SHIPPED, Processors.SHIPPED, vocabulary, true);
	}

	NormalisedMerchant normalise(String raw) {
		String text = MerchantLexer.fold((raw != null) ? raw : "");
		int from = 0;
		Processor processor = null;
		if (this.merchants) {
			boolean skipped = false;
			while (from < text.length()) {
				int start = from;
				while (start < text.length() && !alphanumeric(text.charAt(start))) {
					start++;
				}
				if (start >= text.length()) {
					from = start;
					break;
				}
				processor = this.processors.at(text, start);
				if (processor != null) {
					from = start + processor.prefix().length();
					break;
				}
				int end = start;
				while (end < text.length()
						&& (alphanumeric(text.charAt(end)) || MerchantLexer.insideNumber(text, end))) {
					end++;
				}
				String word = text.substring(start, end);
				boolean skippable = this.leading.contains(word)
						|| (skipped && hasDigit(word) && !this.vocabulary.contains(word));
				if (!skippable || webAddressAt(text, start)) {
					from = start;
					break;
				}
				skipped = true;
				from = end;
			}
		}
		List<MerchantLexer.Word> words = this.lexer.words(text, Math.min(from, text.length()));
		List<Token> tokens = new ArrayList<>();
		for (int i = 0; i < words.size(); i++) {
			MerchantLexer.Word word = words.get(i);
			if (word.host()) {
				tokens.add(new Token(word.text(), Token.Kind.HOST));
			}
			else if (word.number() ? (!this.merchants || this.vocabulary.contains(word.text()))
					: !(this.months.contains(word.text()) && besideNumber(words, i))) {
				add(word.text(), tokens);
			}
		}
		boolean cut = text.length() >= SHORTEST_CUT_LINE;
		this.places.strip(tokens, (processor != null) ? 0 : 1, cut);
		if (cut) {
			this.cutWords.complete(tokens);
		}
		return NormalisedMerchant.of(tokens, processor, cut);
	}

	private void add(String word, List<Token> tokens) {
		String text = word;
		if (hasDigit(text)) {
			if (!this.merchants || this.vocabulary.contains(text)) {
				tokens.add(new Token(text, Token.Kind.NAME));
				return;
			}
			text = lettersBeforeNumber(text);
			if (text == null) {
				return;
			}
		}
		if (this.dropped.contains(text)) {
			return;
		}
		if (this.merchants && text.length() >= 6 && !this.vocabulary.contains(text) && split(text, tokens)) {
			return;
		}
		tokens.add(new Token(text, kind(text)));
	}

	/** Splits a word run together from a known name and a known word, if it is one. */
	private boolean split(String text, List<Token> tokens) {
		List<String> parts = parts(text, 0);
		if (parts == null) {
			return false;
		}
		for (String part : parts) {
			if (!this.dropped.contains(part)) {
				tokens.add(new Token(part, kind(part)));
			}
		}
		return true;
	}

	/**
	 * The known words a word is made of, an alias word first ({@code dbtlabs}:
	 * {@code dbt}, {@code labs}), or null. A first part of three letters needs an alias
	 * word after it.
	 */
	private List<String> parts(String text, int depth) {
		for (int i = text.length() - 2; i >= 3; i--) {
			String left = text.substring(0, i);
			String right = text.substring(i);
			if (!this.vocabulary.contains(left)) {
				continue;
			}
			if (this.vocabulary.contains(right) || (i >= 4 && this.known.contains(right))) {
				return List.of(left, right);
			}
			List<String> rest = (depth < 2 && right.length() >= 5) ? parts(right, depth + 1) : null;
			if (rest != null) {
				List<String> parts = new ArrayList<>(List.of(left));
				parts.addAll(rest);
				return parts;
			}
		}
		return null;
	}

	private Token.Kind kind(String text) {
		if (this.notSoftwareWords.contains(text)) {
			return Token.Kind.NOT_SOFTWARE;
		}
		if (this.softwareWords.contains(text)) {
			return Token.Kind.SOFTWARE;
		}
		return this.neutralWords.contains(text) ? Token.Kind.NEUTRAL : Token.Kind.NAME;
	}

	/** Whether a word is a legal-entity suffix ({@code inc}, {@code gmbh}). */
	boolean legalSuffix(String word) {
		return this.legal.contains(word);
	}

	/** {@code ads} of {@code ads2937482}; null for other words with digits (codes). */
	private static String lettersBeforeNumber(String word) {
		int letters = 0;
		while (letters < word.length() && Character.isLetter(word.charAt(letters))) {
			letters++;
		}
		for (int i = letters; i < word.length(); i++) {
			if (!Character.isDigit(word.charAt(i))) {
				return null;
			}
		}
		return (letters >= 3) ? word.substring(0, letters) : null;
	}

	private static boolean webAddressAt(String text, int start) {
		int end = text.indexOf(' ', start);
		String run = text.substring(start, (end < 0) ? text.length() : end);
		int star = run.indexOf('*');
		return Hosts.host((star < 0) ? run : run.substring(0, star)) != null;
	}

	private static boolean besideNumber(List<MerchantLexer.Word> words, int i) {
		return (i > 0 && words.get(i - 1).number()) || (i + 1 < words.size() && words.get(i + 1).number());
	}

	private static boolean alphanumeric(char c) {
		return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
	}

	private static boolean hasDigit(String word) {
		for (int i = 0; i < word.length(); i++) {
			if (Character.isDigit(word.charAt(i))) {
				return true;
			}
		}
		return false;
	}

}
