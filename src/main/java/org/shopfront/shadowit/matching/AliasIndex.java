package org.shopfront.shadowit.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The directory laid out for matching without scanning it: which aliases hold a word,
 * every word of a vendor's aliases, and which vendor a web domain belongs to (also when a
 * statement cut the domain short: {@code AWS.AMAZON.CO}).
 */
final class AliasIndex {

	private static final int[] NONE = new int[0];

	private static final int SHORTEST_CUT_DOMAIN = 6;

	final Vendor[] vendors;

	final String[][] aliasWords;

	final int[] aliasVendor;

	final boolean[] aliasOrdinary;

	private final Map<String, int[]> aliasesWithWord = new HashMap<>();

	private final Set<String>[] vendorWords;

	private final Map<String, Integer> domains = new HashMap<>();

	private final Set<String> sharedDomains = new HashSet<>();

	private final String[] sortedDomains;

	private final WordLookup words;

	@SuppressWarnings("unchecked")
	AliasIndex(VendorDirectory directory) {
		List<VendorEntry> entries = directory.entries();
		this.vendors = entries.stream().map(VendorEntry::vendor).toArray(Vendor[]::new);
		this.vendorWords = new Set[entries.size()];
		List<String[]> words = new ArrayList<>();
		List<Integer> owners = new ArrayList<>();
		List<Boolean> ordinary = new ArrayList<>();
		Map<String, List<Integer>> postings = new HashMap<>();
		Set<String> fuzzyWords = new HashSet<>();
		for (int v = 0; v < entries.size(); v++) {
			VendorEntry entry = entries.get(v);
			this.vendorWords[v] = new HashSet<>();
			for (VendorEntry.Alias alias : entry.aliases()) {
				int id = words.size();
				words.add(alias.words().toArray(String[]::new));
				owners.add(v);
				ordinary.add(alias.ordinaryWord());
				for (String word : alias.words()) {
					postings.computeIfAbsent(word, (w) -> new ArrayList<>()).add(id);
					this.vendorWords[v].add(word);
					if (!alias.ordinaryWord()) {
						fuzzyWords.add(word);
					}
				}
			}
			for (String domain : entry.domains()) {
				this.domains.put(domain, v);
			}
			for (String domain : entry.sharedDomains()) {
				this.domains.put(domain, v);
				this.sharedDomains.add(domain);
			}
		}
		this.aliasWords = words.toArray(String[][]::new);
		this.aliasVendor = owners.stream().mapToInt(Integer::intValue).toArray();
		this.aliasOrdinary = new boolean[ordinary.size()];
		for (int i = 0; i < this.aliasOrdinary.length; i++) {
			this.aliasOrdinary[i] = ordinary.get(i);
		}
		postings.forEach((word, ids) -> this.aliasesWithWord.put(word,
				ids.stream().mapToInt(Integer::intValue).distinct().toArray()));
		this.sortedDomains = this.domains.keySet().stream().sorted().toArray(String[]::new);
		this.words = new WordLookup(postings.keySet(), fuzzyWords);
	}

	/** Every word of every alias. */
	Set<String> vocabulary() {
		return this.aliasesWithWord.keySet();
	}

	WordLookup words() {
		return this.words;
	}

	int[] aliasesWith(String word) {
		return this.aliasesWithWord.getOrDefault(word, NONE);
	}

	/** Whether the word is in one of the vendor's aliases. */
	boolean vendorHas(int vendor, String word) {
		return this.vendorWords[vendor].contains(word);
	}

	/** Whether a host is a billing address its vendor shares with sister products. */
	boolean sharedDomain(String host) {
		for (String candidate = host; candidate != null; candidate = Hosts.parent(candidate)) {
			if (this.sharedDomains.contains(candidate)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The vendor whose domain the host is or is under ({@code help.figma.com}), or whose
	 * domain it begins when cut short; -1 for none.
	 */
	int vendorOfHost(String host) {
		for (String candidate = host; candidate != null; candidate = Hosts.parent(candidate)) {
			Integer vendor = this.domains.get(candidate);
			if (vendor != null) {
				return vendor;
			}
			if (candidate.length() >= SHORTEST_CUT_DOMAIN) {
				int at = Arrays.binarySearch(this.sortedDomains, candidate);
				int next = (at >= 0) ? at : -at - 1;
				if (next < this.sortedDomains.length && this.sortedDomains[next].startsWith(candidate)
						&& this.sortedDomains[next].charAt(candidate.length()) != '.') {
					return this.domains.get(this.sortedDomains[next]);
				}
			}
		}
		return -1;
	}

}
