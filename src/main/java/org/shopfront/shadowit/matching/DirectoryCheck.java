package org.shopfront.shadowit.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks a directory whole and normalises its aliases, refusing the first problem with
 * where it is: ids must be slugs and unique, names not blank, domains web domains, and no
 * alias or domain may stand for two vendors once normalised.
 */
final class DirectoryCheck {

	private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]*");

	private final MerchantNormaliser normaliser = MerchantNormaliser.forAliases();

	private final Map<String, String> ids = new HashMap<>();

	/** Which vendor and alias each normalised alias came from. */
	private final Map<String, String[]> aliasOwners = new HashMap<>();

	private final Map<String, String> domainOwners = new HashMap<>();

	List<VendorEntry> check(List<Vendor> vendors, List<String> places) {
		List<VendorEntry> entries = new ArrayList<>(vendors.size());
		for (int i = 0; i < vendors.size(); i++) {
			entries.add(entry(vendors.get(i), places.get(i)));
		}
		return entries;
	}

	private VendorEntry entry(Vendor vendor, String where) {
		if (vendor.id() == null || !SLUG.matcher(vendor.id()).matches()) {
			throw DirectoryProblem.at(where, DirectoryProblem.Kind.ID_FORMAT,
					"the id '" + vendor.id() + "' must be lower-case letters, digits and -");
		}
		String earlier = this.ids.putIfAbsent(vendor.id(), where);
		if (earlier != null) {
			throw DirectoryProblem.at(where, DirectoryProblem.Kind.ID_TAKEN,
					"the id '" + vendor.id() + "' is already used on " + earlier, vendor.id());
		}
		if (vendor.name() == null || vendor.name().isBlank()) {
			throw DirectoryProblem.at(where, DirectoryProblem.Kind.NAME, "vendor '" + vendor.id() + "' has no name");
		}
		if (vendor.category() == null) {
			throw DirectoryProblem.at(where, DirectoryProblem.Kind.CATEGORY,
					"vendor '" + vendor.id() + "' has no category");
		}
		String domain = (vendor.domain() != null) ? vendor.domain().toLowerCase(Locale.ROOT) : "";
		if (!domain.equals(Hosts.host(domain))) {
			throw DirectoryProblem.at(where, DirectoryProblem.Kind.DOMAIN,
					"the domain '" + vendor.domain() + "' of '" + vendor.id() + "' is not a web domain such as zoom.us",
					vendor.domain());
		}
		List<String> domains = new ArrayList<>(List.of(domain));
		List<String> shared = new ArrayList<>();
		Map<String, VendorEntry.Alias> aliases = new LinkedHashMap<>();
		String name = vendor.name().replaceAll("\\s*\\(.*\\)\\s*", " ").strip();
		alias(vendor, where, name, false, aliases, domains, true);
		for (String alias : vendor.aliases()) {
			boolean ordinary = alias.startsWith("~");
			String text = ordinary ? alias.substring(1).strip() : alias.strip();
			alias(vendor, where, text, ordinary, aliases, ordinary ? shared : domains, false);
		}
		for (String host : concat(domains, shared)) {
			String owner = this.domainOwners.putIfAbsent(host, vendor.id());
			if (owner != null && !owner.equals(vendor.id())) {
				throw DirectoryProblem.at(where, DirectoryProblem.Kind.DOMAIN_TAKEN,
						"the domain '" + host + "' of '" + vendor.id() + "' is already the domain of '" + owner + "'",
						host, owner);
			}
		}
		return new VendorEntry(vendor, List.copyOf(aliases.values()), domains.stream().distinct().toList(),
				shared.stream().distinct().toList());
	}

	private static List<String> concat(List<String> a, List<String> b) {
		List<String> both = new ArrayList<>(a);
		both.addAll(b);
		return both;
	}

	private void alias(Vendor vendor, String where, String text, boolean ordinary,
			Map<String, VendorEntry.Alias> aliases, List<String> domains, boolean fromName) {
		if (text.isEmpty()) {
			throw DirectoryProblem.at(where, DirectoryProblem.Kind.ALIAS_EMPTY,
					"vendor '" + vendor.id() + "' has an empty alias");
		}
		String host = Hosts.host(text.toLowerCase(Locale.ROOT));
		if (host != null && host.equals(text.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", ""))) {
			domains.add(host);
			return;
		}
		NormalisedMerchant normalised = this.normaliser.normalise(text);
		List<String> words = new ArrayList<>();
		for (Token token : normalised.tokens()) {
			if (token.kind() == Token.Kind.HOST) {
				domains.add(token.text());
			}
			else {
				words.add(token.text());
			}
		}
		if (words.isEmpty()) {
			if (fromName || words.size() < normalised.tokens().size()) {
				return;
			}
			throw DirectoryProblem
				.at(where, DirectoryProblem.Kind.ALIAS_NO_WORD, "the alias '" + text + "' of '" + vendor.id()
						+ "' has no word left once normalised (only legal suffixes, places, numbers or payment words)",
						text);
		}
		String key = String.join(" ", words);
		String[] owner = this.aliasOwners.putIfAbsent(key, new String[] { vendor.id(), text, where });
		if (owner != null && !owner[0].equals(vendor.id())) {
			throw DirectoryProblem.at(where, DirectoryProblem.Kind.ALIAS_TAKEN,
					"the alias '" + text + "' of '" + vendor.id() + "' is the same as '" + owner[1] + "' of '"
							+ owner[0] + "' (" + owner[2] + ") once normalised: '" + key + "'",
					text, owner[0]);
		}
		VendorEntry.Alias known = aliases.get(key);
		boolean ordinaryWord = ordinary || (known != null && known.ordinaryWord());
		aliases.put(key, new VendorEntry.Alias(key, List.copyOf(words), ordinaryWord));
	}

}
