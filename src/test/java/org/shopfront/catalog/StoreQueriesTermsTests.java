package org.shopfront.catalog;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How a search box entry becomes the words every matching need must contain. */
class StoreQueriesTermsTests {

	@Test
	void emptyQueryHasNoTerms() {
		assertThat(StoreQueries.terms(null)).isEmpty();
		assertThat(StoreQueries.terms("   ")).isEmpty();
	}

	@Test
	void lowerCasesAndSplitsOnAnythingButLettersAndDigits() {
		assertThat(StoreQueries.terms("Laptop, 14-inch/USB-C")).containsExactly("laptop", "14", "inch", "usb");
	}

	@Test
	void dropsSingleCharacters() {
		assertThat(StoreQueries.terms("a laptop x")).containsExactly("laptop");
	}

	@Test
	void neverPassesLikeWildcardsThrough() {
		assertThat(StoreQueries.terms("100% lap_top")).containsExactly("100", "lap", "top");
	}

	@Test
	void keepsLettersBeyondAscii() {
		assertThat(StoreQueries.terms("Übersetzung für Café")).containsExactly("übersetzung", "für", "café");
	}

	@Test
	void removesDuplicates() {
		assertThat(StoreQueries.terms("vpn VPN Vpn access")).containsExactly("vpn", "access");
	}

	@Test
	void keepsAtMostEightTerms() {
		assertThat(StoreQueries.terms("one two three four five six seven eight nine ten")).hasSize(8).endsWith("eight");
	}

}
