package org.shopfront.painpoints.mining;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Lines repeated verbatim across many tickets (disclaimers, signatures, form templates)
 * are learned from the corpus and taken out of every ticket.
 */
final class RepeatedLines {

	private static final int MIN_LENGTH = 12;

	private final LongIntMap boilerplate;

	private RepeatedLines(LongIntMap boilerplate) {
		this.boilerplate = boilerplate;
	}

	static RepeatedLines none() {
		return new RepeatedLines(new LongIntMap(1));
	}

	/** Lines found in at least max(5, 0.5 %) of the tickets. */
	static RepeatedLines learn(List<TicketText> tickets) {
		LongIntMap counts = new LongIntMap(1024);
		Set<Long> seen = new HashSet<>();
		for (TicketText ticket : tickets) {
			seen.clear();
			for (String field : ticket.fields()) {
				if (field == null || field.indexOf('\n') < 0) {
					continue;
				}
				for (String line : field.split("\n")) {
					String plain = normal(line);
					if (plain.length() >= MIN_LENGTH && seen.add(hash(plain))) {
						counts.add(hash(plain), 1);
					}
				}
			}
		}
		int floor = Math.max(5, tickets.size() / 200);
		LongIntMap frequent = new LongIntMap(16);
		counts.forEach((key, count) -> {
			if (count >= floor) {
				frequent.put(key, count);
			}
		});
		return new RepeatedLines(frequent);
	}

	int size() {
		return this.boilerplate.size();
	}

	String strip(String text) {
		if (this.boilerplate.size() == 0 || text == null || text.indexOf('\n') < 0) {
			return text;
		}
		StringBuilder kept = new StringBuilder(text.length());
		for (String line : text.split("\n")) {
			if (this.boilerplate.get(hash(normal(line)), 0) == 0) {
				kept.append(line).append('\n');
			}
		}
		return kept.toString();
	}

	private static String normal(String line) {
		return line.strip().toLowerCase(Locale.ROOT);
	}

	private static long hash(String line) {
		long h = 1125899906842597L;
		for (int i = 0; i < line.length(); i++) {
			h = 31 * h + line.charAt(i);
		}
		return h;
	}

}
