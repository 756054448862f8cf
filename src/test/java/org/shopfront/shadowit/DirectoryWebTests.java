package org.shopfront.shadowit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The admins' vendor directory: a vendor added is used by the next import, a change is
 * kept over the shipped directory, and problems (an alias another vendor has, an unknown
 * category, an id taken) are said beside their field.
 */
@ShopfrontTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DirectoryWebTests {

	@TempDir
	Path folder;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	ImportingExpenses importing;

	@Autowired
	VendorMatchers matchers;

	@Autowired
	JdbcClient jdbc;

	Someone admin;

	@BeforeAll
	void people() {
		this.admin = new PeopleFixture(this.context).someone("Directory Admin", Role.ADMIN);
	}

	@Test
	void aVendorAddedIsMatchedByTheNextImport() throws Exception {
		String word = word();
		String id = word.toLowerCase(Locale.ROOT);
		this.mvc
			.perform(as(post("/admin/shadow-it/vendors/new").param("id", id)
				.param("name", word + " Cloud")
				.param("category", "productivity")
				.param("domain", id + "-app.com")
				.param("aliases", word + " CLOUD SERVICES\n" + word + "CLD")))
			.andExpect(status().is3xxRedirection());
		Path file = Files.writeString(this.folder.resolve("card.csv"), """
				Date,Merchant,Amount,Currency
				2026-04-01,%s CLOUD SERVICES DUBLIN,30.00,EUR
				""".formatted(word));
		this.importing.importNow(new ExpenseImportRequest(ExpenseProfile.GENERIC, null, "card.csv"), file, "Tester");
		assertThat(this.jdbc.sql("select vendor_id from expense_line where merchant like :m")
			.param("m", word + "%")
			.query(String.class)
			.single()).isEqualTo(id);
		this.mvc.perform(as(get("/admin/shadow-it/vendors").param("q", word)))
			.andExpect(content().string(containsString(word + " Cloud")))
			.andExpect(content().string(containsString("edited")));
	}

	@Test
	void aChangedDomainIsKeptOverTheShippedDirectory() throws Exception {
		String word = word();
		String id = word.toLowerCase(Locale.ROOT);
		this.mvc.perform(as(post("/admin/shadow-it/vendors/new").param("id", id)
			.param("name", word)
			.param("category", "design")
			.param("domain", id + "-app.com")));
		this.mvc
			.perform(as(post("/admin/shadow-it/vendors/" + id).param("name", word)
				.param("category", "ai")
				.param("domain", id + "-app.io")))
			.andExpect(status().is3xxRedirection());
		assertThat(this.matchers.directory().find(id).orElseThrow().domain()).isEqualTo(id + "-app.io");
		assertThat(this.matchers.directory().find(id).orElseThrow().category().slug()).isEqualTo("ai");
		assertThat(this.matchers.directory().find("slack")).isPresent();
	}

	@Test
	void anAliasAnotherVendorHasIsRefusedBesideTheField() throws Exception {
		String id = word().toLowerCase(Locale.ROOT);
		this.mvc
			.perform(as(post("/admin/shadow-it/vendors/new").param("id", id)
				.param("name", "Copy " + id)
				.param("category", "communication")
				.param("domain", id + "-app.com")
				.param("aliases", "SLACK TECHNOLOGIES")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"aliases-error\"")))
			.andExpect(content().string(containsString("already stands for slack")));
		assertThat(this.matchers.directory().find(id)).isEmpty();
	}

	@Test
	void anUnknownCategoryAndATakenIdAreRefusedBesideTheirFields() throws Exception {
		this.mvc
			.perform(as(post("/admin/shadow-it/vendors/new").param("id", "slack")
				.param("name", "Another Slack")
				.param("category", "chat")
				.param("domain", "another-slack.example")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"category-error\"")));
		this.mvc
			.perform(as(post("/admin/shadow-it/vendors/new").param("id", "slack")
				.param("name", "Another Slack")
				.param("category", "communication")
				.param("domain", "another-slack.example")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"id-error\"")));
	}

	@Test
	void anUnknownVendorIsNotFound() throws Exception {
		this.mvc.perform(as(get("/admin/shadow-it/vendors/no-such-vendor"))).andExpect(status().isNotFound());
	}

	private static String word() {
		return "QZV" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9]", "K").toUpperCase(Locale.ROOT);
	}

	private <B extends AbstractMockHttpServletRequestBuilder<B>> B as(B request) {
		return request.with(httpBasic(this.admin.username(), this.admin.password())).with(csrf());
	}

}
