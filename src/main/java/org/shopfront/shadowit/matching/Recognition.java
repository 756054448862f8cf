package org.shopfront.shadowit.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * Names the vendor of normalised merchant text, or none. Every alias that shares a word
 * with the text (through the index, never by scanning the directory) is aligned with it:
 * word for word, misspelt or run together ({@link WordLookup}), or cut short at the end
 * of a long line. A vendor's web domain counts as well. Each alignment is scored by how
 * good its words are and how much of the text it leaves unexplained; words that say
 * "software" vouch for it, a word that says "not software" ({@code CAFE}, {@code CAR})
 * rules it out unless the vendor's own name holds it. An alias that is also an ordinary
 * word ({@code ZOOM}, {@code NOTION}) needs the whole text to itself or evidence of
 * software, and is never matched misspelt or at a shop's till.
 */
final class Recognition {

	static final double THRESHOLD = 0.6;

	static final double CUT = 0.9;

	static final double JOINED = 0.95;

	/** The shortest normalised text up to a cut-short word of an alias. */
	private static final int SHORTEST_CUT_TEXT = 12;

	private static final double FALLBACK = 0.8;

	private final AliasIndex index;

	Recognition(AliasIndex index) {
		this.index = index;
	}

	Match recognise(NormalisedMerchant merchant) {
		Processor processor = merchant.processor();
		String key = merchant.key();
		if (processor != null && processor.kind() == Processor.Kind.NOT_SOFTWARE) {
			return Match.none(0, key, Match.Reason.NOT_SOFTWARE, "bought through " + processor.name());
		}
		Scored best = best(new Line(merchant.tokens(), merchant.cut(), this.index), processor);
		if (processor != null && !processor.brand().isEmpty()) {
			List<Token> branded = new ArrayList<>();
			branded.add(new Token(processor.brand(), Token.Kind.NAME));
			branded.addAll(merchant.tokens());
			Scored withBrand = best(new Line(branded, merchant.cut(), this.index), processor);
			if (withBrand.score > best.score) {
				best = withBrand;
			}
		}
		if (best.vendor >= 0 && best.score >= THRESHOLD) {
			return Match.found(this.index.vendors[best.vendor], Math.min(1, best.score), key, best.reason,
					best.evidence);
		}
		if (processor != null && !processor.fallback().isEmpty()) {
			for (Vendor vendor : this.index.vendors) {
				if (vendor.id().equals(processor.fallback())) {
					return Match.found(vendor, FALLBACK, key, Match.Reason.PROCESSOR, processor.name());
				}
			}
		}
		String notSoftware = merchant.tokens()
			.stream()
			.filter((t) -> t.kind() == Token.Kind.NOT_SOFTWARE)
			.map(Token::text)
			.findFirst()
			.orElse(null);
		if (notSoftware != null) {
			return Match.none(0, key, Match.Reason.NOT_SOFTWARE, "'" + notSoftware + "'");
		}
		return Match.none(Math.max(0, best.score), key,
				merchant.tokens().isEmpty() ? Match.Reason.NO_NAME : Match.Reason.UNKNOWN, best.evidence);
	}

	private Scored best(Line line, Processor processor) {
		Scored best = Scored.NONE;
		for (int i = 0; i < line.size(); i++) {
			if (line.hostVendor[i] >= 0) {
				best = better(best, score(line, processor, line.hostVendor[i], line.shared[i], i, i + 1, 1,
						Match.Reason.DOMAIN, "domain " + line.text[i]));
			}
		}
		for (int alias : line.candidateAliases()) {
			String[] words = this.index.aliasWords[alias];
			for (int start = 0; start < line.size(); start++) {
				best = better(best, align(line, processor, alias, words, start));
			}
		}
		return best;
	}

	private Scored align(Line line, Processor processor, int alias, String[] words, int start) {
		int i = start;
		int j = 0;
		double quality = 1;
		while (j < words.length && i < line.size() && line.hostVendor[i] < 0) {
			Line.Hit hit = line.hit(i, words[j]);
			if (hit != null) {
				quality = Math.min(quality, hit.quality());
				i += hit.span();
			}
			else if (i == line.size() - 1 && cutShort(line, i, j) && words[j].startsWith(line.text[i])) {
				quality = Math.min(quality, CUT);
				i++;
			}
			else {
				break;
			}
			j++;
		}
		if (j == 0) {
			return Scored.NONE;
		}
		if (j < words.length) {
			int matched = line.end[i - 1] - line.begin[start];
			int whole = String.join(" ", words).length();
			if (i < line.size() || !line.cut || matched < SHORTEST_CUT_TEXT || matched < 0.6 * whole) {
				return Scored.NONE;
			}
			quality = Math.min(quality, CUT);
		}
		Match.Reason reason = (quality >= 1) ? Match.Reason.ALIAS
				: (quality == CUT) ? Match.Reason.CUT_SHORT : Match.Reason.SPELLING;
		return score(line, processor, this.index.aliasVendor[alias], this.index.aliasOrdinary[alias], start, i, quality,
				reason, "alias '" + String.join(" ", words) + "'");
	}

	private static boolean cutShort(Line line, int i, int j) {
		int shortest = (j > 0) ? 1 : 4;
		return line.cut && line.end[i] >= SHORTEST_CUT_TEXT && line.text[i].length() >= shortest && !line.label[i];
	}

	private Scored score(Line line, Processor processor, int vendor, boolean ordinary, int start, int end,
			double quality, Match.Reason reason, String evidence) {
		boolean atTill = processor != null
				&& (processor.kind() == Processor.Kind.POINT_OF_SALE || processor.kind() == Processor.Kind.RETAIL);
		if (ordinary && (quality < JOINED || atTill)) {
			return Scored.NONE;
		}
		boolean software = processor != null && processor.kind() == Processor.Kind.SOFTWARE;
		double unexplained = 0;
		for (int i = 0; i < line.size(); i++) {
			if (i >= start && i < end) {
				continue;
			}
			if (line.hostVendor[i] >= 0) {
				software |= line.hostVendor[i] == vendor;
				unexplained += (line.hostVendor[i] == vendor || line.shared[i]) ? 0 : 1;
				continue;
			}
			String word = line.text[i];
			switch (line.kind[i]) {
				case SOFTWARE -> software = true;
				case NOT_SOFTWARE -> {
					if (!this.index.vendorHas(vendor, word)) {
						return Scored.NONE;
					}
				}
				case NAME -> {
					if (!this.index.vendorHas(vendor, word)) {
						unexplained += (line.label[i] || word.length() <= 2) ? 0.5 : 1;
					}
				}
				default -> {
				}
			}
		}
		int explained = end - start;
		double coverage = explained / (explained + unexplained);
		double score;
		if (ordinary) {
			score = (unexplained == 0) ? (software ? 0.95 : 0.75) : 0.75 * coverage * coverage + (software ? 0.1 : 0);
		}
		else if (reason == Match.Reason.DOMAIN) {
			score = (unexplained == 0) ? 1 : 0.97;
		}
		else {
			score = Math.pow(quality, 1 + unexplained) * (0.7 + 0.3 * coverage);
			if (unexplained > 0 && software) {
				score = Math.min(1, score + 0.05);
			}
		}
		if (atTill) {
			score *= 0.85;
		}
		return new Scored(vendor, score, explained, reason, evidence);
	}

	private static Scored better(Scored a, Scored b) {
		if (b.score > a.score || (b.score == a.score && b.span > a.span)) {
			return b;
		}
		return a;
	}

	/** A vendor with its score, how many words of the text its alias covers, and why. */
	private record Scored(int vendor, double score, int span, Match.Reason reason, String evidence) {

		static final Scored NONE = new Scored(-1, 0, 0, Match.Reason.UNKNOWN, "");

	}

}
