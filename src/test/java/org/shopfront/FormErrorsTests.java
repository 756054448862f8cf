package org.shopfront;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.shopfront.catalog.CatalogFixture;
import org.shopfront.catalog.OfferingId;
import org.shopfront.people.PeopleFixture;
import org.shopfront.people.PeopleFixture.Someone;
import org.shopfront.people.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Bad input on the pages comes back as the same form with a plain message beside the
 * field at fault, and the page never shows exception text.
 */
@ShopfrontTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FormErrorsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	PeopleFixture people;

	Someone customer;

	Someone admin;

	Someone owner;

	@BeforeAll
	void fixture() {
		this.people = new PeopleFixture(this.context);
		Someone manager = this.people.someone("Form Manager", Role.BUSINESS_LEADER);
		this.customer = this.people.reportingTo(manager, "Form Customer");
		this.admin = this.people.someone("Form Admin", Role.ADMIN);
		this.owner = this.people.someone("Form Owner", Role.SERVICE_OWNER);
	}

	@Test
	void orderFormShowsAMissingAnswerBesideItsField() throws Exception {
		OfferingId laptop = new CatalogFixture(this.context).good("100", 5, "Who is it for?", "Cost centre");

		this.mvc
			.perform(post("/offerings/{id}/order", laptop.value()).with(user(this.people.principal(this.customer)))
				.with(csrf())
				.param("quantity", "1")
				.param("answers[0]", "Jo")
				.param("answers[1]", " "))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("id=\"answers1-error\""), containsString("Please answer “Cost centre”."),
						containsString("value=\"Jo\""), not(containsString("Exception")))));
	}

	@Test
	void orderFormRefusesMoreThanTheStockBesideTheQuantity() throws Exception {
		OfferingId monitor = new CatalogFixture(this.context).good("100", 2);

		this.mvc
			.perform(post("/offerings/{id}/order", monitor.value()).with(user(this.people.principal(this.customer)))
				.with(csrf())
				.param("quantity", "3"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("id=\"quantity-error\""), containsString("Only 2 left in stock."))));
	}

	@Test
	void adminUserFormShowsEachProblemBesideItsField() throws Exception {
		this.mvc
			.perform(post("/admin/users/new").with(user(this.people.principal(this.admin)))
				.with(csrf())
				.param("username", "bad name")
				.param("displayName", "")
				.param("email", "not-an-email")
				.param("password", "short")
				.param("enabled", "true")
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"username-error\""),
					containsString("id=\"displayName-error\""), containsString("id=\"email-error\""),
					containsString("Please give a valid email address"), not(containsString("Exception")))));
	}

	@Test
	void providerFormExplainsAnInvalidWebsite() throws Exception {
		this.mvc
			.perform(post("/manage/providers/new").with(user(this.people.principal(this.owner)))
				.with(csrf())
				.param("name", "Form Vendor")
				.param("kind", "EXTERNAL")
				.param("profile", "Sells things")
				.param("website", "ftp://example.com")
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"website-error\""),
					containsString("starting with http:// or https://"))));
	}

}
