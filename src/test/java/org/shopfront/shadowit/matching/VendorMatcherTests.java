package org.shopfront.shadowit.matching;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Matching merchant text against the shipped directory: word for word, by web domain,
 * misspelt, cut short; ordinary words only with evidence; non-software merchants left
 * unmatched; corrections first.
 */
class VendorMatcherTests {

	static final VendorMatcher matcher = VendorMatcher.shipped();

	static String vendor(String merchant) {
		return matcher.match(merchant).vendorId().orElse("");
	}

	@Test
	void namesTheVendorOfAnAliasWordForWord() {
		Match match = matcher.match("SLACK TECHNOLOGIES LIMITED DUBLIN");
		assertThat(match.vendorId()).contains("slack");
		assertThat(match.vendor().orElseThrow().category()).isEqualTo(Category.COMMUNICATION);
		assertThat(match.reason()).isEqualTo(Match.Reason.ALIAS);
		assertThat(match.confidence()).isEqualTo(1.0);
		assertThat(match.merchant()).isEqualTo("slack technologies");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			HELP.FIGMA.COM CA                    | figma
			ZOOM.US 888-799-9666 CA              | zoom
			AWS EMEA aws.amazon.co LU            | aws
			SALESFORCE.COM/UK                    | salesforce
			""")
	void namesTheVendorOfItsWebDomainAlsoCutShort(String merchant, String vendor) {
		Match match = matcher.match(merchant);
		assertThat(match.vendorId()).contains(vendor);
		assertThat(match.reason()).isEqualTo(Match.Reason.DOMAIN);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			ATLASIAN                     | atlassian
			SALESFROCE                   | salesforce
			DROPBX                       | dropbox
			HUBSPT                       | hubspot
			LAST PASS                    | lastpass
			""")
	void readsNamesMisspeltAbbreviatedOrSplit(String merchant, String vendor) {
		Match match = matcher.match(merchant);
		assertThat(match.vendorId()).contains(vendor);
		assertThat(match.reason()).isEqualTo(Match.Reason.SPELLING);
		assertThat(match.confidence()).isBetween(VendorMatcher.THRESHOLD, 0.99);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			ZOOM VIDEO COMMUNICATI SAN JOSE CA    | zoom
			AMAZON WEB SERV SEATTLE WA            | aws
			MICROSOFT*MICROSOFT 365 B MSBILL.INFO | microsoft-365
			""")
	void readsNamesTheStatementCutShort(String merchant, String vendor) {
		assertThat(vendor(merchant)).isEqualTo(vendor);
	}

	@ParameterizedTest
	@ValueSource(strings = { "AMAZON", "ZOOMS", "ATLAS", "MONDAYS", "CANVAS" })
	void takesNoShortOrLongerWordForAName(String merchant) {
		assertThat(vendor(merchant)).isEmpty();
	}

	@Test
	void prefersTheWholeNameToTheBeginningOfALongerOne() {
		assertThat(vendor("ZOOM")).isEqualTo("zoom");
		assertThat(vendor("ZOOM INFO")).isEqualTo("zoominfo");
	}

	@Test
	void matchesANameThatIsAnOrdinaryWordOnlyOnItsOwnOrWithEvidenceOfSoftware() {
		assertThat(matcher.match("NOTION").confidence()).isEqualTo(0.75);
		assertThat(matcher.match("NOTION TECHNOLOGIES").confidence()).isEqualTo(0.95);
		assertThat(matcher.match("NOTION LABS").confidence()).isEqualTo(1.0);
		assertThat(vendor("NOTION PHOTOGRAPHY")).isEmpty();
		assertThat(vendor("SQ *NOTION")).isEmpty();
		assertThat(vendor("FS *NOTION")).isEqualTo("notion");
	}

	@ParameterizedTest
	@ValueSource(strings = { "ZOOM CAR WASH HOUSTON TX", "SQ *MONDAY COFFEE CO", "NOTION BAR BERLIN",
			"ORACLE RESTAURANT BOSTON", "SHELL OIL 57444123 HOUSTON TX", "SALESFORCE TOWER CAFE",
			"HILTON GARDEN INN NEW YORK", "TST* ATLASSIAN BISTRO", "MICROSOFT STORE 0012 SEATTLE",
			"GOOGLE STORE MOUNTAIN VIEW" })
	void leavesMerchantsThatSayTheySellNoSoftwareUnmatched(String merchant) {
		Match match = matcher.match(merchant);
		assertThat(match.vendor()).isEmpty();
		assertThat(match.reason()).isEqualTo(Match.Reason.NOT_SOFTWARE);
		assertThat(match.confidence()).isZero();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			AWS EMEA                                  | aws
			AMAZON WEB SERVICES                       | aws
			AMZN MKTP US*2K4LL1B23 AMZN.COM/BILL WA   | ''
			AMAZON.COM*MK1AB2CD3 AMZN.COM/BILL WA     | ''
			AMAZON PRIME*7Y2KL0                       | ''
			UBER *TRIP HELP.UBER.COM CA               | ''
			UBER *EATS                                | ''
			APPLE.COM/BILL 866-712-7753 CA            | apple-app-store
			APPLE STORE R102 PALO ALTO CA             | ''
			APPLE.COM/US 800-676-2775                 | ''
			""")
	void tellsCloudAndAppStoresFromRetailAndRides(String merchant, String vendor) {
		assertThat(vendor(merchant)).isEqualTo(vendor);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			GOOGLE*ADS2937482011 CC@GOOGLE.COM        | google-ads
			GOOGLE *GSUITE_ACME.COM G.CO/HELPPAY#     | google-workspace
			GOOGLE*CLOUD 3XK2LM                       | google-cloud
			INTUIT *QBOOKS ONLINE CL.INTUIT.COM CA    | quickbooks
			""")
	void readsTheProductAfterAMakersOwnPrefix(String merchant, String vendor) {
		assertThat(vendor(merchant)).isEqualTo(vendor);
	}

	@Test
	void prefersTheProductNamedToASharedBillingAddress() {
		assertThat(vendor("MICROSOFT*AZURE MSBILL.INFO")).isEqualTo("microsoft-azure");
		assertThat(vendor("POWER BI PRO MSBILL.INFO")).isEqualTo("power-bi");
		assertThat(vendor("MSBILL.INFO")).isEqualTo("microsoft-365");
	}

	@Test
	void prefersAProductsOwnDomainToItsMakersName() {
		assertThat(vendor("TRELLO.COM* ATLASSIAN")).isEqualTo("trello");
	}

	@Test
	void answersWithNoVendorBelowTheThreshold() {
		Match match = matcher.match("ZOOM PHOTOGRAPHY STUDIO");
		assertThat(match.vendor()).isEmpty();
		assertThat(match.reason()).isEqualTo(Match.Reason.UNKNOWN);
		assertThat(match.confidence()).isBetween(0.0, VendorMatcher.THRESHOLD);
		assertThat(matcher.match("12/03 EUR 12,99").reason()).isEqualTo(Match.Reason.NO_NAME);
	}

	@Test
	void correctionsWinOverMatching() {
		VendorMatcher corrected = matcher.withCorrections(List.of(Correction.toVendor("Acme Cloud Tools Inc.", "slack"),
				Correction.notSoftware("ZOOM"), Correction.notSoftware("SQ *FIGMA CAFE")));
		Match acme = corrected.match("ACME CLOUD TOOLS SAN FRANCISCO CA");
		assertThat(acme.vendorId()).contains("slack");
		assertThat(acme.reason()).isEqualTo(Match.Reason.CORRECTED);
		Match zoom = corrected.match("ZOOM");
		assertThat(zoom.vendor()).isEmpty();
		assertThat(zoom.reason()).isEqualTo(Match.Reason.CORRECTED_NOT_SOFTWARE);
		assertThat(corrected.match("ZOOM.US 888-799-9666").vendorId()).contains("zoom");
		assertThat(corrected.match("FIGMA CAFE").reason()).isEqualTo(Match.Reason.CORRECTED_NOT_SOFTWARE);
		assertThat(matcher.match("ZOOM").vendorId()).contains("zoom");
	}

	@Test
	void refusesACorrectionToAVendorTheDirectoryLacks() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> matcher.withCorrections(List.of(Correction.toVendor("ACME", "acme-cloud"))))
			.withMessageContaining("acme-cloud");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> matcher.withCorrections(List.of(Correction.notSoftware("12/03"))))
			.withMessageContaining("no words");
	}

	@Test
	void remembersTheAnswerForAllLinesOfOneMerchant() {
		VendorMatcher fresh = matcher.withCorrections(List.of());
		assertThat(fresh.match("DROPBOX*7KDJ3P2LMN SAN FRANCISCO CA"))
			.isSameAs(fresh.match("DROPBOX*99XYZAB12 SAN FRANCISCO CA"));
	}

	@Test
	void remembersEachMerchantTextApartFromTheOthers() {
		VendorMatcher fresh = matcher.withCorrections(List.of());
		Match zoom = fresh.match("ZOOM.US 888-799-9666 CA");
		assertThat(fresh.match("ZOOM CAR WASH HOUSTON TX").vendorId()).isEmpty();
		assertThat(fresh.match("ZOOM.US 888-799-9666 CA")).isSameAs(zoom);
		assertThat(zoom.vendorId()).contains("zoom");
	}

	@Test
	void recognisesEveryVendorOfTheDirectoryByItsDomainAndNameAsStatementsShowThem() {
		for (Vendor vendor : matcher.directory().vendors()) {
			String domain = vendor.domain().toUpperCase();
			String name = vendor.name().replaceAll("\\s*\\(.*\\)", "").toUpperCase();
			for (String merchant : List.of(domain, domain + " 888-555-0100 CA",
					"KARTENZAHLUNG " + domain + " 2024-03-12", "PAYPAL *" + domain)) {
				assertThat(vendor(merchant)).as(merchant).isEqualTo(vendor.id());
			}
			if (!name.equals("BILL")) {
				for (String merchant : List.of(name + " INC SAN FRANCISCO CA", "CB " + name + " 12/03",
						"SEPA-LASTSCHRIFT " + name + " GMBH", name + "* AB12CD34")) {
					assertThat(vendor(merchant)).as(merchant).isEqualTo(vendor.id());
				}
			}
			for (String merchant : List.of(name + " CAFE", name + " RESTAURANT", "SQ *" + name + " BAKERY",
					name + " CAR WASH", name + " HOTEL LONDON")) {
				assertThat(vendor(merchant)).as(merchant).isEmpty();
			}
		}
	}

}
