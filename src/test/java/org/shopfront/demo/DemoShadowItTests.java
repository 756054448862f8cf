package org.shopfront.demo;

import org.junit.jupiter.api.Test;
import org.shopfront.shadowit.matching.VendorMatcher;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's statements tell the story they mean to: every SaaS line is recognised as its
 * vendor and no ordinary expense (restaurants, travel, look-alike names) as software.
 */
class DemoShadowItTests {

	private final VendorMatcher matcher = VendorMatcher.shipped();

	@Test
	void everyDemoSaasLineIsRecognisedAsItsVendor() {
		assertThat(DemoShadowIt.SAAS).hasSizeGreaterThanOrEqualTo(40)
			.allSatisfy((saas) -> assertThat(this.matcher.match(saas.merchant()).vendorId()).as(saas.merchant())
				.contains(saas.vendor()));
	}

	@Test
	void noOrdinaryExpenseOfTheDemoIsTakenForSoftware() {
		assertThat(DemoShadowIt.ORDINARY)
			.allSatisfy((merchant) -> assertThat(this.matcher.match(merchant).vendorId()).as(merchant).isEmpty());
	}

}
