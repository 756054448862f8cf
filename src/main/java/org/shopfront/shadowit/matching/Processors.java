package org.shopfront.shadowit.matching;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The payment processors statements name before the merchant, read once from
 * {@code shadowit/processors.csv}; the longest prefix that a line starts with wins.
 */
final class Processors {

	static final Processors SHIPPED = read("/shadowit/processors.csv");

	/** The processors by the first letter of their prefix, longest prefix first. */
	private final Map<Character, List<Processor>> byFirstLetter = new HashMap<>();

	private Processors(List<Processor> processors) {
		List<Processor> sorted = new ArrayList<>(processors);
		sorted.sort(Comparator.comparingInt((Processor p) -> p.prefix().length()).reversed());
		for (Processor processor : sorted) {
			this.byFirstLetter.computeIfAbsent(processor.prefix().charAt(0), (c) -> new ArrayList<>()).add(processor);
		}
	}

	/** The processor whose prefix the text has at {@code from}, or null. */
	Processor at(String text, int from) {
		if (from >= text.length()) {
			return null;
		}
		for (Processor processor : this.byFirstLetter.getOrDefault(text.charAt(from), List.of())) {
			if (text.startsWith(processor.prefix(), from)) {
				return processor;
			}
		}
		return null;
	}

	private static Processors read(String resource) {
		try (InputStream in = Processors.class.getResourceAsStream(resource);
				Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			List<Processor> processors = new ArrayList<>();
			for (CSVRecord row : CSVFormat.RFC4180.builder()
				.setHeader()
				.setSkipHeaderRecord(true)
				.get()
				.parse(reader)) {
				processors.add(new Processor(row.get("prefix"), row.get("name"), kind(row.get("kind")),
						row.get("brand"), row.get("fallback")));
			}
			return new Processors(processors);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Processor.Kind kind(String name) {
		return Processor.Kind.valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
	}

}
