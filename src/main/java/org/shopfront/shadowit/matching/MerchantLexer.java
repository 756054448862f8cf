package org.shopfront.shadowit.matching;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cuts folded merchant text into words and web addresses: {@code *}, commas and
 * underscores separate; mail addresses and the values of SEPA reference fields
 * ({@code EREF+…}, {@code MREF: …}) are left out; dotted abbreviations ({@code S.R.O.},
 * {@code B.V.}) become one word.
 */
final class MerchantLexer {

	private static final boolean[] SEPARATOR = new boolean[128];

	static {
		for (char c : "*,_|;()<>\"#![]{}".toCharArray()) {
			SEPARATOR[c] = true;
		}
	}

	private final Set<String> referenceTags;

	private final Set<String> textTags;

	MerchantLexer(MerchantWords words) {
		this.referenceTags = words.section("sepa-tags");
		this.textTags = words.section("sepa-text-tags");
	}

	/** A word or web address of merchant text. */
	record Word(String text, boolean host, boolean number) {
	}

	/**
	 * Lower case, accents removed, blanks collapsed, no blanks around {@code *}: the text
	 * the normaliser reads.
	 */
	static String fold(String raw) {
		String text = raw;
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) >= 128) {
				text = Normalizer
					.normalize(text.replace("ß", "ss")
						.replace("ø", "o")
						.replace("Ø", "O")
						.replace("æ", "ae")
						.replace("Æ", "AE")
						.replace("œ", "oe")
						.replace("Œ", "OE")
						.replace("ł", "l")
						.replace("Ł", "L")
						.replace("đ", "d")
						.replace("Đ", "D")
						.replace("þ", "th")
						.replace("Þ", "TH"), Normalizer.Form.NFKD)
					.replaceAll("\\p{M}+", "")
					.toLowerCase(Locale.ROOT);
				break;
			}
		}
		char[] folded = new char[text.length()];
		int length = 0;
		boolean blank = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c <= ' ' || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
				blank = length > 0;
				continue;
			}
			if (blank && c != '*' && folded[length - 1] != '*') {
				folded[length++] = ' ';
			}
			blank = false;
			folded[length++] = (c >= 'A' && c <= 'Z') ? (char) (c + ('a' - 'A')) : c;
		}
		return new String(folded, 0, length);
	}

	/** The words of folded text from a position on. */
	List<Word> words(String text, int from) {
		List<Word> words = new ArrayList<>();
		boolean dropNext = false;
		int start = from;
		for (int i = from; i <= text.length(); i++) {
			char c = (i < text.length()) ? text.charAt(i) : ' ';
			if (c == ' ' || (c < SEPARATOR.length && SEPARATOR[c] && !insideNumber(text, i))) {
				if (i > start) {
					dropNext = piece(text.substring(start, i), dropNext, words);
				}
				start = i + 1;
			}
		}
		return words;
	}

	/**
	 * Adds the words of one piece; whether the next piece is a reference to leave out.
	 */
	private boolean piece(String piece, boolean dropThis, List<Word> words) {
		if (piece.indexOf('@') >= 0) {
			return false;
		}
		int mark = tagEnd(piece);
		if (mark > 0) {
			String tag = piece.substring(0, mark);
			String value = piece.substring(mark + 1);
			if (this.referenceTags.contains(tag)) {
				return value.isEmpty();
			}
			if (this.textTags.contains(tag)) {
				return !value.isEmpty() && piece(value, false, words);
			}
		}
		if (dropThis) {
			return false;
		}
		if (this.referenceTags.contains(piece)) {
			return true;
		}
		String host = Hosts.host(piece);
		if (host != null) {
			words.add(new Word(host, true, false));
			return false;
		}
		String abbreviation = abbreviation(piece);
		if (abbreviation != null) {
			words.add(new Word(abbreviation, false, false));
			return false;
		}
		int start = 0;
		for (int i = 0; i <= piece.length(); i++) {
			char c = (i < piece.length()) ? piece.charAt(i) : ' ';
			boolean inWord = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '&' || c == '\''
					|| insideNumber(piece, i);
			if (!inWord) {
				add(piece, start, i, words);
				start = i + 1;
			}
		}
		return false;
	}

	/**
	 * Whether the character joins two digits of one number: an amount, a date, a time or
	 * a phone number ({@code 12.99}, {@code 12/03}, {@code 888-799-9666}).
	 */
	static boolean insideNumber(String piece, int i) {
		if (i <= 0 || i + 1 >= piece.length() || ".,/:-".indexOf(piece.charAt(i)) < 0) {
			return false;
		}
		return Character.isDigit(piece.charAt(i - 1)) && Character.isDigit(piece.charAt(i + 1));
	}

	/**
	 * Adds the word between two places of a piece, without apostrophes and outer
	 * {@code &}.
	 */
	private static void add(String piece, int from, int to, List<Word> words) {
		int start = from;
		int end = to;
		while (start < end && (piece.charAt(start) == '&' || piece.charAt(start) == '\'')) {
			start++;
		}
		while (end > start && (piece.charAt(end - 1) == '&' || piece.charAt(end - 1) == '\'')) {
			end--;
		}
		if (end <= start) {
			return;
		}
		String text = piece.substring(start, end);
		if (text.indexOf('\'') >= 0) {
			text = text.replace("'", "");
		}
		boolean number = true;
		for (int i = 0; i < text.length() && number; i++) {
			char c = text.charAt(i);
			number = (c >= '0' && c <= '9') || ".,/:-".indexOf(c) >= 0;
		}
		words.add(new Word(text, false, number));
	}

	/** Where a {@code TAG+value} or {@code TAG:value} field's tag ends, or -1. */
	private static int tagEnd(String piece) {
		for (int i = 0; i < piece.length(); i++) {
			char c = piece.charAt(i);
			if (c == '+' || c == ':') {
				return i;
			}
			if (!(c >= 'a' && c <= 'z')) {
				return -1;
			}
		}
		return -1;
	}

	/**
	 * {@code s.r.o.} as {@code sro}, {@code a/s} as {@code as}; null for anything else.
	 */
	private static String abbreviation(String piece) {
		if (piece.length() < 3 || piece.length() > 9 || (piece.indexOf('.') < 0 && piece.indexOf('/') < 0)) {
			return null;
		}
		StringBuilder letters = new StringBuilder();
		boolean expectLetter = true;
		for (int i = 0; i < piece.length(); i++) {
			char c = piece.charAt(i);
			if (expectLetter && c >= 'a' && c <= 'z') {
				letters.append(c);
				expectLetter = false;
			}
			else if (!expectLetter && (c == '.' || c == '/')) {
				expectLetter = true;
			}
			else {
				return null;
			}
		}
		return (letters.length() >= 2) ? letters.toString() : null;
	}

}
