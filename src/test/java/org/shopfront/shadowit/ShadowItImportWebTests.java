package org.shopfront.shadowit;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.shopfront.ShopfrontTest;
import org.shopfront.people.PeopleFixture;
import org.shopfront.people.PeopleFixture.Someone;
import org.shopfront.people.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The IT admins' import pages of shadow IT: an upload in a ready layout or named columns
 * runs and its page tells what it found, the page and its htmx poll; a bad file stores
 * nothing and lists its rows; form errors beside their fields.
 */
@ShopfrontTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShadowItImportWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	Someone admin;

	private final String tag = UUID.randomUUID().toString().substring(0, 8);

	@BeforeAll
	void people() {
		this.admin = new PeopleFixture(this.context).someone("Shadow Admin", Role.ADMIN);
	}

	@Test
	void anUploadRunsAndItsPageSaysWhatItMatchedAndWhatWasThereAlready() throws Exception {
		String csv = """
				Date,Merchant,Amount,Currency,Transaction ID
				2026-01-05,SLACK T04ABC123 SAN FRANCISCO CA,12.50,EUR,%1$s-1
				2026-01-06,CAFE CENTRAL WIEN,4.20,EUR,%1$s-2
				""".formatted(this.tag);
		String first = upload(csv);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> this.mvc.perform(as(get(first)))
				.andExpect(content().string(containsString("2 card and expense lines imported")))
				.andExpect(content().string(containsString("What the import found"))));
		String again = upload(csv);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> this.mvc.perform(as(get(again).header("HX-Request", "true")))
				.andExpect(content().string(containsString("id=\"run\"")))
				.andExpect(content().string(containsString("hx-swap-oob")))
				.andExpect(content().string(not(containsString("<html"))))
				.andExpect(content().string(containsString(
						"<dt class=\"col-sm-3\">Already imported</dt>\n" + "      <dd class=\"col-sm-9\">2</dd>"))));
	}

	@Test
	void namedColumnsReadAFileOfAnyLayout() throws Exception {
		String run = this.mvc
			.perform(as(multipart("/admin/shadow-it/import")
				.file(file("When,Who,Paid,Shop\n2026-02-01,ann,19.00,FIGMA INC\n".replace("ann", this.tag)))
				.param("layout", "CUSTOM")
				.param("currency", "usd")
				.param("spentOn", "When")
				.param("amount", "Paid")
				.param("merchant", "Shop")
				.param("employee", "Who")))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> this.mvc.perform(as(get(run)))
				.andExpect(content().string(containsString("1 card and expense lines imported"))));
		assertThat(this.jdbc.sql("select vendor_id from expense_line where employee = :who")
			.param("who", this.tag)
			.query(String.class)
			.single()).isEqualTo("figma");
	}

	@Test
	void aFileWithABadRowStoresNothingAndListsTheRow() throws Exception {
		String run = upload("""
				Date,Merchant,Amount,Currency,Transaction ID
				2026-03-01,FIGMA INC,45.00,USD,bad-%1$s-1
				2026-03-02,FIGMA INC,lots,USD,bad-%1$s-2
				""".formatted(this.tag));
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> this.mvc.perform(as(get(run)))
				.andExpect(content().string(containsString("Not an amount we can read: lots")))
				.andExpect(content().string(containsString("Nothing was imported"))));
		assertThat(this.jdbc.sql("select count(*) from expense_line where reference like :tag")
			.param("tag", "bad-" + this.tag + "%")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aCustomLayoutWithoutTheMerchantColumnIsRefusedBesideTheField() throws Exception {
		this.mvc
			.perform(as(multipart("/admin/shadow-it/import").file(file("a,b\n1,2\n"))
				.param("layout", "CUSTOM")
				.param("currency", "EURO")
				.param("spentOn", "a")
				.param("amount", "b")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"merchant-error\"")))
			.andExpect(content().string(containsString("id=\"currency-error\"")));
	}

	@Test
	void aSignInLogRunsOnItsOwnPage() throws Exception {
		String run = this.mvc.perform(as(multipart("/admin/shadow-it/sign-ins").file(file("""
				Date (UTC),Username,Application,Status
				2026-01-05T10:00:00Z,%1$s@example.com,Miro,Success
				""".formatted(this.tag))).param("layout", "ENTRA")))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(run).startsWith("/admin/shadow-it/sign-ins/");
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> this.mvc.perform(as(get(run)))
				.andExpect(content().string(containsString("1 sign-in lines imported"))));
	}

	@Test
	void theImportPagesListRecentRuns() throws Exception {
		this.mvc.perform(as(get("/admin/shadow-it/import")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("American Express corporate card")))
			.andExpect(content().string(containsString("Recent imports")));
		this.mvc.perform(as(get("/admin/shadow-it/sign-ins")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Microsoft Entra sign-in log")));
	}

	private String upload(String csv) throws Exception {
		return this.mvc.perform(as(multipart("/admin/shadow-it/import").file(file(csv)).param("layout", "GENERIC")))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}

	private static MockMultipartFile file(String csv) {
		return new MockMultipartFile("file", "card.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
	}

	private <B extends AbstractMockHttpServletRequestBuilder<B>> B as(B request) {
		return request.with(httpBasic(this.admin.username(), this.admin.password())).with(csrf());
	}

}
