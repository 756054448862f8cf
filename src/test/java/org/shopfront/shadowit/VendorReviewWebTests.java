package org.shopfront.shadowit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.shopfront.ShopfrontTest;
import org.shopfront.people.PeopleFixture;
import org.shopfront.people.PeopleFixture.Someone;
import org.shopfront.people.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The review page: recurring unknown merchants and unsure matches with their figures; a
 * vendor picked from the directory, the suggestion confirmed, or "not software", each
 * renaming the stored lines at once and saying how many changed.
 */
@ShopfrontTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VendorReviewWebTests {

	@TempDir
	Path folder;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	ImportingExpenses importing;

	@Autowired
	JdbcClient jdbc;

	Someone admin;

	@BeforeAll
	void people() {
		this.admin = new PeopleFixture(this.context).someone("Review Admin", Role.ADMIN);
	}

	@Test
	void listsARecurringUnknownMerchantWithItsSpendAndStatementTexts() throws Exception {
		String merchant = unknownMerchant();
		importTwoMonthsOf(merchant);
		this.mvc.perform(as(get("/admin/shadow-it/review")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(merchant + " 4711")))
			.andExpect(content().string(containsString("€40<")))
			.andExpect(content().string(containsString("list=\"vendor-names\"")));
	}

	@Test
	void aVendorPickedByNameRenamesTheStoredLinesAndSaysHowMany() throws Exception {
		String merchant = unknownMerchant();
		importTwoMonthsOf(merchant);
		this.mvc
			.perform(as(
					post("/admin/shadow-it/review/confirm").param("merchant", key(merchant)).param("vendor", "figma")))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashSuccess", containsString("2 stored lines changed")));
		assertThat(vendors(merchant)).containsOnly("figma");
		this.mvc.perform(as(get("/admin/shadow-it/review")))
			.andExpect(content().string(not(containsString(merchant + " 4711"))));
	}

	@Test
	void notSoftwareTakesTheMerchantOffTheList() throws Exception {
		String merchant = unknownMerchant();
		importTwoMonthsOf(merchant);
		this.mvc.perform(as(post("/admin/shadow-it/review/not-software").param("merchant", key(merchant))))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashSuccess", containsString("is not software from now on")));
		this.mvc.perform(as(get("/admin/shadow-it/review")))
			.andExpect(content().string(not(containsString(merchant + " 4711"))));
	}

	@Test
	void anUnsureMatchIsListedWithItsSuggestionToConfirm() throws Exception {
		String merchant = unknownMerchant();
		importTwoMonthsOf(merchant);
		this.jdbc.sql("update expense_line set vendor_id = 'slack', confidence = 0.65 where merchant_key = :key")
			.param("key", key(merchant))
			.update();
		this.mvc.perform(as(get("/admin/shadow-it/review")))
			.andExpect(content().string(containsString("It is Slack (65")));
		this.mvc
			.perform(as(
					post("/admin/shadow-it/review/confirm").param("merchant", key(merchant)).param("vendor", "slack")))
			.andExpect(flash().attribute("flashSuccess", containsString("2 stored lines changed")));
	}

	@Test
	void aVendorTheDirectoryLacksIsRefusedWithAMessage() throws Exception {
		String merchant = unknownMerchant();
		importTwoMonthsOf(merchant);
		this.mvc
			.perform(as(post("/admin/shadow-it/review/confirm").param("merchant", key(merchant))
				.param("vendor", "No Such Vendor")))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashError", containsString("has no vendor")));
		assertThat(vendors(merchant)).containsOnlyNulls();
	}

	@Test
	void customersAreRefusedTheReview() throws Exception {
		Someone customer = new PeopleFixture(this.context).someone("Review Customer");
		this.mvc.perform(get("/admin/shadow-it/review").with(httpBasic(customer.username(), customer.password())))
			.andExpect(status().isForbidden());
	}

	private String unknownMerchant() {
		return "KWX" + UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9]", "Q").toUpperCase()
				+ " SOFTWARE";
	}

	private void importTwoMonthsOf(String merchant) throws IOException {
		Path file = Files.writeString(this.folder.resolve(UUID.randomUUID() + ".csv"), """
				Date,Merchant,Amount,Currency
				2026-01-10,%1$s 4711,20.00,EUR
				2026-02-10,%1$s 4712,20.00,EUR
				""".formatted(merchant));
		this.importing.importNow(new ExpenseImportRequest(ExpenseProfile.GENERIC, null, "card.csv"), file, "Tester");
	}

	private String key(String merchant) {
		return this.jdbc.sql("select min(merchant_key) from expense_line where merchant like :m")
			.param("m", merchant + "%")
			.query(String.class)
			.single();
	}

	private java.util.List<String> vendors(String merchant) {
		return this.jdbc.sql("select vendor_id from expense_line where merchant like :m")
			.param("m", merchant + "%")
			.query(String.class)
			.list();
	}

	private <B extends AbstractMockHttpServletRequestBuilder<B>> B as(B request) {
		return request.with(httpBasic(this.admin.username(), this.admin.password())).with(csrf());
	}

}
