package org.shopfront.shadowit.matching;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Normalised merchant text laid out for aligning aliases with it: each word with its
 * kind, where it begins and ends in the text, the vendor of a web address, and the alias
 * words each word may stand for. A web address of no known vendor becomes the labels that
 * may name its owner ({@code help.uber.com}: {@code uber}), which weigh half a word.
 */
final class Line {

	/**
	 * An alias word that the text has at some place.
	 *
	 * @param word the alias word
	 * @param quality 1 word for word, less when misspelt or run together
	 * @param span how many words of the text it takes (2 for {@code DIGITAL OCEAN})
	 */
	record Hit(String word, double quality, int span) {
	}

	/** How many cut-short alias words one line end may stand for, at most. */
	private static final int CUT_CANDIDATES = 16;

	final String[] text;

	final Token.Kind[] kind;

	final boolean[] label;

	final int[] hostVendor;

	/**
	 * Whether the web address is a billing address its vendor shares with sister
	 * products.
	 */
	final boolean[] shared;

	/** Whether the statement may have cut the line short. */
	final boolean cut;

	final int[] begin;

	final int[] end;

	private final List<List<Hit>> hits = new ArrayList<>();

	private final AliasIndex index;

	Line(List<Token> tokens, boolean cut, AliasIndex index) {
		this.index = index;
		this.cut = cut;
		List<String> texts = new ArrayList<>();
		List<Token.Kind> kinds = new ArrayList<>();
		List<Integer> hosts = new ArrayList<>();
		List<Boolean> labels = new ArrayList<>();
		for (Token token : tokens) {
			int vendor = (token.kind() == Token.Kind.HOST) ? index.vendorOfHost(token.text()) : -1;
			if (token.kind() != Token.Kind.HOST || vendor >= 0) {
				texts.add(token.text());
				kinds.add(token.kind());
				hosts.add(vendor);
				labels.add(false);
			}
			else {
				for (String name : Hosts.nameLabels(token.text())) {
					texts.add(name);
					kinds.add(Token.Kind.NAME);
					hosts.add(-1);
					labels.add(true);
				}
			}
		}
		int n = texts.size();
		this.text = texts.toArray(String[]::new);
		this.kind = kinds.toArray(Token.Kind[]::new);
		this.hostVendor = hosts.stream().mapToInt(Integer::intValue).toArray();
		this.label = new boolean[n];
		this.shared = new boolean[n];
		this.begin = new int[n];
		this.end = new int[n];
		int offset = 0;
		for (int i = 0; i < n; i++) {
			this.label[i] = labels.get(i);
			this.shared[i] = this.hostVendor[i] >= 0 && index.sharedDomain(this.text[i]);
			this.begin[i] = offset;
			this.end[i] = offset + this.text[i].length();
			offset = this.end[i] + 1;
		}
		for (int i = 0; i < n; i++) {
			this.hits.add(hitsAt(i));
		}
	}

	int size() {
		return this.text.length;
	}

	/** The best way the word at {@code i} stands for the alias word, or null. */
	Hit hit(int i, String word) {
		Hit best = null;
		for (Hit hit : this.hits.get(i)) {
			if (hit.word().equals(word) && (best == null || hit.quality() > best.quality())) {
				best = hit;
			}
		}
		return best;
	}

	/** The aliases that hold a word the text may stand for. */
	int[] candidateAliases() {
		BitSet aliases = new BitSet();
		for (List<Hit> at : this.hits) {
			for (Hit hit : at) {
				for (int alias : this.index.aliasesWith(hit.word())) {
					aliases.set(alias);
				}
			}
		}
		int last = size() - 1;
		if (last >= 0 && this.hostVendor[last] < 0 && !this.label[last] && this.text[last].length() >= 4) {
			for (String longer : this.index.words().longer(this.text[last], CUT_CANDIDATES)) {
				for (int alias : this.index.aliasesWith(longer)) {
					aliases.set(alias);
				}
			}
		}
		return aliases.stream().toArray();
	}

	private List<Hit> hitsAt(int i) {
		List<Hit> at = new ArrayList<>(2);
		if (this.hostVendor[i] >= 0) {
			return at;
		}
		WordLookup words = this.index.words();
		if (words.contains(this.text[i])) {
			at.add(new Hit(this.text[i], 1, 1));
		}
		else {
			for (String near : words.near(this.text[i])) {
				at.add(new Hit(near, WordLookup.SPELLING, 1));
			}
		}
		if (i + 1 < size() && this.hostVendor[i + 1] < 0) {
			String joined = this.text[i] + this.text[i + 1];
			if (words.contains(joined)) {
				at.add(new Hit(joined, Recognition.JOINED, 2));
			}
		}
		return at;
	}

}
