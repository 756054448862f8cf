package org.shopfront.shadowit.matching;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each rule of the merchant normaliser on its own: what a statement adds around the
 * merchant's name is dropped, what may name the merchant is kept.
 */
class MerchantNormaliserTests {

	static final MerchantNormaliser normaliser = MerchantNormaliser
		.forMerchants(new AliasIndex(VendorDirectory.shipped()).vocabulary());

	static String key(String merchant) {
		return normaliser.normalise(merchant).key();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Notion Labs, Inc.        | notion labs
			Pipedrive OÜ             | pipedrive
			MCDONALD'S               | mcdonalds
			  Figma   Inc            | figma
			""")
	void foldsCaseAccentsAndPunctuation(String merchant, String key) {
		assertThat(key(merchant)).isEqualTo(key);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			PAYPAL *NOTION LABS 4029357733 | PayPal             | notion labs
			SQ *BLUE BOTTLE COFFEE        | Square             | blue bottle coffee
			SQ * MONDAY COFFEE            | Square             | monday coffee
			SP * ALLBIRDS                 | Shopify Payments   | allbirds
			FS *RAYCAST TECHNOLOGIES      | FastSpring         | raycast technologies
			PADDLE.NET* N8N               | Paddle             | n8n
			2CO.COM*SMALLPDF              | 2Checkout          | smallpdf
			GOOGLE *GSUITE_ACME.COM       | Google             | gsuite acme.com
			APPLE.COM/BILL 866-712-7753 CA | Apple             | ''
			AMZN MKTP US*2K4LL1B23        | Amazon Marketplace | ''
			KARTENZAHLUNG PAYPAL *ZOOM.US | PayPal             | zoom.us
			""")
	void takesPaymentProcessorPrefixesApart(String merchant, String processor, String key) {
		NormalisedMerchant normalised = normaliser.normalise(merchant);
		assertThat(normalised.processor().name()).isEqualTo(processor);
		assertThat(normalised.key()).isEqualTo(key);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			ZOOM.US 888-799-9666 CA       | zoom.us
			CLOUDFLARE +1 (650) 319-8930  | cloudflare
			STAPLES 00123                 | staples
			OFFICE DEPOT #1234            | office depot
			DROPBOX*7KDJ3P2LMN            | dropbox
			SLACK T0492HXBC5              | slack
			MSFT *<E0400ABCDE>            | msft
			MICROSOFT#G012345678          | microsoft
			SQSP* INV123456789            | sqsp
			NORTON *AP1234567890          | norton
			""")
	void dropsNumbersPhoneNumbersAndReferenceCodes(String merchant, String key) {
		assertThat(key(merchant)).isEqualTo(key);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			GOOGLE*ADS2937482011          | ads
			INVOICE123456 ACME            | acme
			""")
	void keepsTheWordBeforeANumberRunOnToIt(String merchant, String key) {
		assertThat(key(merchant)).isEqualTo(key);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			1PASSWORD TORONTO ON          | 1password
			8X8 INC                       | 8x8
			MICROSOFT 365                 | microsoft 365
			KARTENZAHLUNG 8X8 2024-03-12  | 8x8
			""")
	void keepsNumbersThatAreNames(String merchant, String key) {
		assertThat(key(merchant)).isEqualTo(key);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			HELP.FIGMA.COM CA                     | help.figma.com
			https://www.figma.com/billing         | figma.com
			LNKD.IN/BILL DUBLIN                   | lnkd.in
			AMAZON.CO.UK*AB12CD34                 | amazon.co.uk
			GOOGLE CLOUD CC@GOOGLE.COM            | google cloud
			""")
	void readsWebAddressesAndDropsMailAddresses(String merchant, String key) {
		NormalisedMerchant normalised = normaliser.normalise(merchant);
		assertThat(normalised.key()).isEqualTo(key);
		assertThat(normalised.tokens().get(0).kind()).isEqualTo(key.contains(".") ? Token.Kind.HOST : Token.Kind.NAME);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			SLACK TECHNOLOGIES DUBLIN IE          | slack technologies
			SALESFORCE UK LTD LONDON GB           | salesforce
			ATLASSIAN 844-8052240 AUS             | atlassian
			AWS EMEA                              | aws
			HOOTSUITE MEDIA INC VANCOUVER BC      | hootsuite media
			NEW RELIC INC SAN FRANCISCO           | new relic
			PERSONIO SE MUENCHEN                  | personio
			BERLIN                                | berlin
			""")
	void dropsStatesCountriesRegionsAndCitiesAtTheEnd(String merchant, String key) {
		assertThat(key(merchant)).isEqualTo(key);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			ATLASSIAN PTY LTD SYDNE               | atlassian
			MIDJOURNEY INC SOUTH SAN FRAN CA      | midjourney
			SLACK TECHNOLOGIES LIM                | slack technologies
			DISCORD TECHNOLOGIES L DUBLIN IE      | discord technologies
			""")
	void readsPlacesAndSuffixesTheStatementCutShort(String merchant, String key) {
		assertThat(key(merchant)).isEqualTo(key);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			SHUTTER STOCK                         | shutter stock
			WAVE CAR WASH                         | wave car wash
			""")
	void takesNothingForCutShortOnALineTooShortToHaveBeenCut(String merchant, String key) {
		assertThat(key(merchant)).isEqualTo(key);
	}

	@Test
	void takesTheBeginningOfAWordOnACutLineForTheWord() {
		List<Token> tokens = normaliser.normalise("PERPLEXITY TECHNOLOGIE DUBLIN IE").tokens();
		assertThat(tokens).extracting(Token::kind).containsExactly(Token.Kind.NAME, Token.Kind.SOFTWARE);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			ACME INC                  | acme
			ACME, LLC                 | acme
			ACME LTD                  | acme
			ACME LIMITED              | acme
			ACME GMBH                 | acme
			ACME B.V.                 | acme
			ACME SAS                  | acme
			ACME PTY LTD              | acme
			ACME AB                   | acme
			ACME A/S                  | acme
			ACME OY                   | acme
			ACME S.R.O.               | acme
			ACME CORPORATION          | acme
			""")
	void dropsLegalEntitySuffixes(String merchant, String key) {
		assertThat(key(merchant)).isEqualTo(key);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			SEPA-LASTSCHRIFT Zoom Video Communications Inc EREF: 4820394 MREF: ZVC-123 | zoom video communications
			SEPA-LASTSCHRIFT von HubSpot Ireland Limited EREF+4820394                  | hubspot ireland
			KARTENZAHLUNG NOTION LABS INC. SAN FRANCISCO                              | notion labs
			CB FIGMA 12/03                                                             | figma
			PRLV SEPA OVH SAS                                                          | ovh
			BEA NR:4X2B31 12.03.24/14.22 SLACK TECHNOLOGIES                            | slack technologies
			Betaalautomaat 12-03-24 DROPBOX                                            | dropbox
			Kortköp 240312 ZOOM.US                                                     | zoom.us
			VISA VARE 12.03 DROPBOX                                                    | dropbox
			Dankort-nota MIRO.COM                                                      | miro.com
			KORTTIOSTO SLACK TECHNOLOGIES                                              | slack technologies
			COMPRA TARJ. 4034 ZOOM.US                                                  | zoom.us
			PAGAMENTO POS NOTION LABS                                                  | notion labs
			CARD PAYMENT TO GITHUB,INC. ON 14-03-2024                                  | github
			DIRECT DEBIT TO XERO UK LTD                                                | xero
			PURCHASE AUTHORIZED ON 05/02 SLACK T04ABC SAN FRANCISCO CA S384123456789012 CARD 1234 | slack
			BILL.COM PALO ALTO CA                                                      | bill.com
			""")
	void readsTheStatementStylesOfSeveralCountries(String merchant, String key) {
		assertThat(key(merchant)).isEqualTo(key);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			'ADOBE *CREATIVE CLD,12.99 GBP ON 03-05'  | adobe creative cld
			EUR 12,99 FIGMA                           | figma
			FIGMA 12 MAR 2024                         | figma
			FIGMA 2024-05-02T10:14                    | figma
			""")
	void dropsCurrenciesAmountsAndDates(String merchant, String key) {
		assertThat(key(merchant)).isEqualTo(key);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			NOTIONLABS                | notion labs
			DROPBOXINC                | dropbox
			ZOOMCARWASH               | zoom carwash
			DBTLABS                   | dbt labs
			ZOOMINFO                  | zoominfo
			CANVAS                    | canvas
			""")
	void splitsANameRunTogetherWithAKnownWord(String merchant, String key) {
		assertThat(key(merchant)).isEqualTo(key);
	}

	@Test
	void saysWhatEachWordSaysAboutSoftware() {
		assertThat(normaliser.normalise("NOTION LABS SERVICES CAFE").tokens()).extracting(Token::kind)
			.containsExactly(Token.Kind.NAME, Token.Kind.SOFTWARE, Token.Kind.NEUTRAL, Token.Kind.NOT_SOFTWARE);
	}

	@Test
	void normalisesItsOwnResultToItself() throws Exception {
		try (Reader reader = new InputStreamReader(
				getClass().getResourceAsStream("/shadowit/vendor-evaluation-development.csv"),
				StandardCharsets.UTF_8)) {
			for (CSVRecord row : CSVFormat.RFC4180.builder()
				.setHeader()
				.setSkipHeaderRecord(true)
				.get()
				.parse(reader)) {
				String key = key(row.get("merchant"));
				assertThat(key(key)).as(row.get("merchant")).isEqualTo(key);
			}
		}
	}

	@Test
	void leavesNothingOfAnEmptyOrMissingText() {
		assertThat(key("")).isEmpty();
		assertThat(key(null)).isEmpty();
		assertThat(key("  12/03  ")).isEmpty();
	}

}
