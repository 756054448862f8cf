package org.shopfront.ordering;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.shopfront.ShopfrontTest;
import org.shopfront.catalog.CatalogFixture;
import org.shopfront.catalog.OfferingId;
import org.shopfront.people.PeopleFixture;
import org.shopfront.people.PeopleFixture.Someone;
import org.shopfront.people.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An order's story is kept once rendered (OrderPages), yet its page is never behind the
 * order: a move shows at once, and each reader keeps their own actions and CSRF token.
 */
@ShopfrontTest
class OrderPagesTests {

	private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Test
	void theKeptStoryFollowsTheOrderAndTheActionsStayEachReadersOwn() throws Exception {
		PeopleFixture people = new PeopleFixture(this.context);
		OrderingFixture ordering = new OrderingFixture(this.context);
		CatalogFixture catalog = new CatalogFixture(this.context);
		OfferingId offering = catalog.service(catalog.need("A need with a kept story"),
				catalog.provider("Kept Story Team"), "10");
		Someone customer = people.someone("Kim Kept", Role.CUSTOMER);
		Someone fulfiller = people.someone("Fred Kept", Role.FULFILLER);
		OrderId order = ordering.place(customer, offering, 1);

		String first = page(customer, order);
		assertThat(first).contains("Approved, waiting to start").contains("Cancel this order");
		String again = page(customer, order);
		assertThat(again.replace(token(again), "")).isEqualTo(first.replace(token(first), ""));
		String fulfillers = page(fulfiller, order);
		assertThat(fulfillers).contains("Take this order").doesNotContain("Cancel this order");
		assertThat(token(fulfillers)).isNotEqualTo(token(first));

		ordering.take(fulfiller, order);
		ordering.note(fulfiller, order, "The kept story moved on.");
		assertThat(page(customer, order)).contains("In progress")
			.contains("The kept story moved on.")
			.doesNotContain("Approved, waiting to start");
	}

	private String page(Someone someone, OrderId order) throws Exception {
		return this.mvc.perform(get("/orders/" + order.value()).with(httpBasic(someone.username(), someone.password())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static String token(String page) {
		Matcher token = TOKEN.matcher(page);
		assertThat(token.find()).as("a form with a CSRF token").isTrue();
		return token.group(1);
	}

}
