package org.shopfront.shadowit;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopfront.ShopfrontTest;
import org.shopfront.imports.ImportLog;
import org.shopfront.imports.ImportRun;
import org.shopfront.imports.ImportRunId;
import org.shopfront.imports.ImportStatus;
import org.shopfront.imports.Rejection;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Card and expense lines from files, on the test database: each ready profile, matched to
 * vendors as they are stored, the same line twice stored once, a bad row storing nothing,
 * and an admin's correction holding for the lines stored and the next import.
 */
@ShopfrontTest
class ExpenseImportTests {

	@TempDir
	Path folder;

	@Autowired
	ImportingExpenses importing;

	@Autowired
	ReviewingVendors reviewing;

	@Autowired
	ImportLog log;

	@Autowired
	JdbcClient jdbc;

	/** A text unique to one test, so that tests sharing the database never meet. */
	private final String tag = UUID.randomUUID().toString().substring(0, 8);

	@Test
	void importsLinesThroughAProfileAndMatchesTheirVendors() throws IOException {
		ImportRun run = importFile(ExpenseProfile.GENERIC, null, """
				Date,Merchant,Amount,Currency,Employee,Cost Center,Department,Transaction ID
				2026-01-05,SLACK T04ABC123 SAN FRANCISCO CA,"1,234.50",EUR,ann@example.com,CC-1,Sales,%1$s-1
				2026-01-06,ZOOM CAR WASH,12.00,eur,bob@example.com,CC-2,Sales,%1$s-2
				""".formatted(this.tag));
		assertThat(run.status()).isEqualTo(ImportStatus.DONE);
		assertThat(run.rowsImported()).isEqualTo(2);
		Map<String, Object> slack = line(this.tag + "-1");
		assertThat(slack.get("vendor_id")).isEqualTo("slack");
		assertThat((BigDecimal) slack.get("amount")).isEqualByComparingTo("1234.50");
		assertThat(slack.get("currency")).isEqualTo("EUR");
		assertThat(slack.get("employee")).isEqualTo("ann@example.com");
		assertThat(slack.get("cost_centre")).isEqualTo("CC-1");
		assertThat(slack.get("business_unit")).isEqualTo("Sales");
		Map<String, Object> carWash = line(this.tag + "-2");
		assertThat(carWash.get("vendor_id")).isNull();
		assertThat(carWash.get("currency")).isEqualTo("EUR");
	}

	@Test
	void readsAnAmexStatementInTheCurrencyTheImporterNames() throws IOException {
		ImportRun run = importFile(ExpenseProfile.AMEX, Currency.getInstance("USD"), """
				Date,Description,Card Member,Account #,Amount,Appears On Your Statement As,Reference
				01/31/2026,ZOOM.US,CAROL EXAMPLE,-41004,15.99,ZOOM.US 888-799-9666 CA,'%s'
				""".formatted(this.tag));
		assertThat(run.status()).isEqualTo(ImportStatus.DONE);
		Map<String, Object> zoom = line("'" + this.tag + "'");
		assertThat(zoom.get("vendor_id")).isEqualTo("zoom");
		assertThat(zoom.get("currency")).isEqualTo("USD");
		assertThat(zoom.get("spent_on").toString()).isEqualTo("2026-01-31");
		assertThat(zoom.get("employee")).isEqualTo("CAROL EXAMPLE");
	}

	@Test
	void storesTheSameLineOnceHoweverOftenItIsImported() throws IOException {
		String file = """
				Date,Merchant,Amount,Currency,Transaction ID
				2026-02-01,NOTION LABS INC,8.00,USD,%1$s
				2026-02-01,NOTION LABS INC,8.00,USD,%1$s
				""".formatted(this.tag);
		ImportRun first = importFile(ExpenseProfile.GENERIC, null, file);
		ImportRun again = importFile(ExpenseProfile.GENERIC, null, file);
		assertThat(again.status()).isEqualTo(ImportStatus.DONE);
		assertThat(lines(this.tag)).isEqualTo(1);
		assertThat(this.importing.summary(first))
			.extracting(ExpenseRunSummary::stored, ExpenseRunSummary::alreadyImported, ExpenseRunSummary::matched)
			.containsExactly(1L, 1L, 1L);
		assertThat(this.importing.summary(again))
			.extracting(ExpenseRunSummary::stored, ExpenseRunSummary::alreadyImported)
			.containsExactly(0L, 2L);
	}

	@Test
	void storesNothingOfAFileWithABadRowAndSaysWhichAndWhy() throws IOException {
		ImportRun run = importFile(ExpenseProfile.GENERIC, null, """
				Date,Merchant,Amount,Currency,Transaction ID
				2026-03-01,FIGMA INC,45.00,USD,%1$s-1
				2026-03-02,FIGMA INC,lots,USD,%1$s-2
				yesterday,FIGMA INC,45.00,USD,%1$s-3
				2026-03-04,FIGMA INC,45.00,XYZ1,%1$s-4
				2026-03-05,FIGMA INC,45.00,,%1$s-5
				""".formatted(this.tag));
		assertThat(run.status()).isEqualTo(ImportStatus.FAILED);
		assertThat(lines(this.tag + "-%")).isZero();
		List<Rejection> rejections = this.log.rejections(run.id(), 10);
		assertThat(rejections).extracting(Rejection::line, Rejection::reason)
			.containsExactly(tuple(3L, "amount"), tuple(4L, "date"), tuple(5L, "currency"),
					tuple(6L, "currencyMissing"));
	}

	@Test
	void listsRecurringUnknownMerchantsAndRemembersTheAdminsCorrection() throws IOException {
		String merchant = "KWX" + this.tag.replaceAll("[0-9]", "Q").toUpperCase() + " SOFTWARE";
		importFile(ExpenseProfile.GENERIC, null, """
				Date,Merchant,Amount,Currency,Transaction ID
				2026-01-10,%1$s,20.00,EUR,%2$s-1
				2026-02-10,%1$s,20.00,EUR,%2$s-2
				""".formatted(merchant, this.tag));
		UnknownMerchant unknown = this.reviewing.unknownRecurring(1000)
			.stream()
			.filter((m) -> m.example().equals(merchant))
			.findFirst()
			.orElseThrow();
		assertThat(unknown.months()).isEqualTo(2);
		this.reviewing.confirm(unknown.merchantKey(), "figma", "admin");
		assertThat(line(this.tag + "-1").get("vendor_id")).isEqualTo("figma");
		assertThat(this.reviewing.unknownRecurring(1000)).extracting(UnknownMerchant::example).doesNotContain(merchant);
		importFile(ExpenseProfile.GENERIC, null, """
				Date,Merchant,Amount,Currency,Transaction ID
				2026-03-10,%1$s 4711,20.00,EUR,%2$s-3
				""".formatted(merchant, this.tag));
		assertThat(line(this.tag + "-3").get("vendor_id")).isEqualTo("figma");
	}

	private ImportRun importFile(ExpenseProfile profile, Currency currency, String content) throws IOException {
		Path file = Files.writeString(this.folder.resolve(UUID.randomUUID() + ".csv"), content);
		ImportRunId id = this.importing.importNow(new ExpenseImportRequest(profile, currency, "card.csv"), file,
				"Tester");
		return this.log.find(id).orElseThrow();
	}

	private Map<String, Object> line(String reference) {
		return this.jdbc.sql("select * from expense_line where reference = :reference")
			.param("reference", reference)
			.query()
			.singleRow();
	}

	private long lines(String reference) {
		return this.jdbc.sql("select count(*) from expense_line where reference like :reference")
			.param("reference", reference)
			.query(Long.class)
			.single();
	}

}
