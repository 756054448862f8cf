package org.shopfront.shadowit.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words the normaliser knows, read once from {@code shadowit/merchant-words.txt}:
 * legal suffixes, payment and bank words, context words for and against software, place
 * names.
 */
final class MerchantWords {

	static final MerchantWords SHIPPED = read("/shadowit/merchant-words.txt");

	private final Map<String, Set<String>> sections;

	private final List<String[]> cities;

	private MerchantWords(Map<String, Set<String>> sections, List<String[]> cities) {
		this.sections = sections;
		this.cities = cities;
	}

	Set<String> section(String name) {
		Set<String> words = this.sections.get(name);
		if (words == null) {
			throw new IllegalStateException("merchant-words.txt has no section [" + name + "]");
		}
		return words;
	}

	/** Each city as its words (stop words left out), longest names first. */
	List<String[]> cities() {
		return this.cities;
	}

	private static MerchantWords read(String resource) {
		Map<String, Set<String>> sections = new HashMap<>();
		List<String> cityLines = new ArrayList<>();
		try (InputStream in = MerchantWords.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("missing resource " + resource);
			}
			BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String section = null;
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				String text = line.strip();
				if (text.isEmpty() || text.startsWith("#")) {
					continue;
				}
				if (text.startsWith("[") && text.endsWith("]")) {
					section = text.substring(1, text.length() - 1);
					sections.put(section, new HashSet<>());
				}
				else if ("cities".equals(section)) {
					cityLines.add(text);
				}
				else if (section != null) {
					sections.get(section).addAll(List.of(text.split("\\s+")));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Set<String> stopwords = sections.getOrDefault("stopwords", Set.of());
		List<String[]> cities = new ArrayList<>();
		for (String line : cityLines) {
			String[] words = List.of(line.split("\\s+"))
				.stream()
				.filter((w) -> !stopwords.contains(w))
				.toArray(String[]::new);
			if (words.length > 0) {
				cities.add(words);
			}
		}
		cities.sort((a, b) -> b.length - a.length);
		return new MerchantWords(Map.copyOf(sections), List.copyOf(cities));
	}

}
