package org.shopfront.shadowit.matching;

import java.util.List;

/**
 * A vendor as the matcher reads it: its aliases normalised, its domains.
 *
 * @param vendor the vendor
 * @param aliases its aliases (its name among them), once each
 * @param domains its domain and any web address among its aliases
 * @param sharedDomains billing addresses it shares with sister products
 * ({@code ~msbill.info}): they name it only when nothing else on the line names another
 * vendor
 */
record VendorEntry(Vendor vendor, List<Alias> aliases, List<String> domains, List<String> sharedDomains) {

	/**
	 * An alias as merchant text is normalised.
	 *
	 * @param key the words joined by spaces
	 * @param words the words
	 * @param ordinaryWord whether it is also an ordinary word or another business's name
	 */
	record Alias(String key, List<String> words, boolean ordinaryWord) {
	}

}
