package org.shopfront.shadowit.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Drops what statements print after the merchant's name: state, province and country
 * codes, sales regions and cities ({@code SAN FRANCISCO CA}, {@code DUBLIN IE},
 * {@code AWS EMEA}), also when the statement cut them short ({@code SYDNE},
 * {@code SAN FR}, {@code LIMI} of {@code LIMITED}).
 */
final class TrailingPlaces {

	/** The shortest cut-off city a line may end with on its own ({@code SYDNE}). */
	private static final int SHORTEST_CUT_CITY = 4;

	private final Set<String> codes = new HashSet<>();

	/** Each city under each of its words, with the word's place in its name. */
	private final Map<String, List<CityWord>> cityWords = new HashMap<>();

	/** Each city under each beginning of its words, for cities cut short. */
	private final Map<String, List<CityWord>> cityBeginnings = new HashMap<>();

	private final Set<String> legalBeginnings = new HashSet<>();

	private record CityWord(String[] city, int place) {
	}

	TrailingPlaces(MerchantWords words) {
		this.codes.addAll(words.section("codes"));
		this.codes.addAll(words.section("regions"));
		for (String[] city : words.cities()) {
			for (int place = 0; place < city.length; place++) {
				String word = city[place];
				CityWord entry = new CityWord(city, place);
				this.cityWords.computeIfAbsent(word, (w) -> new ArrayList<>()).add(entry);
				for (int length = 2; length < word.length(); length++) {
					this.cityBeginnings.computeIfAbsent(word.substring(0, length), (w) -> new ArrayList<>()).add(entry);
				}
			}
		}
		for (String legal : words.section("legal")) {
			for (int length = 3; length < legal.length() && legal.length() >= 5; length++) {
				this.legalBeginnings.add(legal.substring(0, length));
			}
		}
	}

	/**
	 * Removes places from the end of the tokens while more than {@code keep} remain.
	 * @param cut whether the line is long enough for the statement to have cut it short:
	 * only then is a word that begins a city's or a legal suffix's name taken for it
	 */
	void strip(List<Token> tokens, int keep, boolean cut) {
		while (tokens.size() > keep) {
			Token last = tokens.get(tokens.size() - 1);
			if (last.kind() == Token.Kind.HOST) {
				return;
			}
			int place = (this.codes.contains(last.text()) || (cut && this.legalBeginnings.contains(last.text()))) ? 1
					: cityAtEnd(tokens, keep, cut);
			if (place == 0) {
				return;
			}
			tokens.subList(tokens.size() - place, tokens.size()).clear();
		}
	}

	/** How many tokens at the end name a city, whole or cut short; 0 for none. */
	private int cityAtEnd(List<Token> tokens, int keep, boolean cut) {
		String last = tokens.get(tokens.size() - 1).text();
		int found = 0;
		for (CityWord word : this.cityWords.getOrDefault(last, List.of())) {
			boolean whole = word.place() == word.city().length - 1;
			if ((whole || (cut && word.place() > 0)) && before(tokens, word, keep)) {
				found = Math.max(found, word.place() + 1);
			}
		}
		if (found == 0 && cut) {
			for (CityWord word : this.cityBeginnings.getOrDefault(last, List.of())) {
				int shortest = (word.place() > 0) ? 2 : SHORTEST_CUT_CITY;
				if (last.length() >= shortest && before(tokens, word, keep)) {
					found = Math.max(found, word.place() + 1);
				}
			}
		}
		return found;
	}

	/** Whether the tokens before the last are the words of the city before its word. */
	private static boolean before(List<Token> tokens, CityWord word, int keep) {
		int from = tokens.size() - 1 - word.place();
		if (from < keep) {
			return false;
		}
		for (int j = 0; j < word.place(); j++) {
			if (!tokens.get(from + j).text().equals(word.city()[j])) {
				return false;
			}
		}
		return true;
	}

}
