package org.shopfront.ordering;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.shopfront.ShopfrontTest;
import org.shopfront.catalog.CatalogFixture;
import org.shopfront.catalog.NeedId;
import org.shopfront.catalog.OfferingId;
import org.shopfront.people.PeopleFixture;
import org.shopfront.people.PeopleFixture.Someone;
import org.shopfront.people.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The order lists' rows are rendered once and kept (OrderRowHtml): a kept row still
 * follows its order, and is never shown to a viewer whose list, or language, reads it
 * differently.
 */
@ShopfrontTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrderRowsTests {

	private static final Pattern ROW = Pattern.compile("<tr class=\"sf-order-row\">(.*?)</tr>", Pattern.DOTALL);

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	OrderingFixture ordering;

	Someone manager;

	Someone customer;

	Someone fulfiller;

	OfferingId offering;

	@BeforeAll
	void fixture() {
		PeopleFixture people = new PeopleFixture(this.context);
		CatalogFixture catalog = new CatalogFixture(this.context);
		this.ordering = new OrderingFixture(this.context);
		this.manager = people.someone("Rows Manager", Role.BUSINESS_LEADER);
		this.customer = people.reportingTo(this.manager, "Rows Customer");
		this.fulfiller = people.someone("Rows Fulfiller", Role.FULFILLER);
		NeedId need = catalog.need("Rows mailbox");
		this.offering = catalog.service(need, catalog.provider("Rows mail team"), "5");
	}

	@Test
	void aKeptRowShowsItsOrdersNewStatusOnceTheOrderMoves() throws Exception {
		OrderId order = this.ordering.place(this.customer, this.offering, 1);
		assertThat(rowOf(order, page(this.customer, get("/orders")))).contains("Approved, waiting to start");
		this.ordering.take(this.fulfiller, order);
		assertThat(rowOf(order, page(this.customer, get("/orders")))).contains("In progress")
			.doesNotContain("Approved, waiting to start");
	}

	@Test
	void theCustomersOwnListDoesNotShowTheCustomerCellKeptForTheirManagersList() throws Exception {
		OrderId order = this.ordering.place(this.customer, this.offering, 1);
		String managers = rowOf(order, page(this.manager, get("/orders?scope=reports")));
		assertThat(managers).contains("<td>Rows Customer</td>");
		String own = rowOf(order, page(this.customer, get("/orders")));
		assertThat(own).doesNotContain("Rows Customer");
		assertThat(cells(own)).isEqualTo(cells(managers) - 1);
	}

	@Test
	void eachLanguageGetsItsOwnRowsDates() throws Exception {
		OrderId order = this.ordering.place(this.customer, this.offering, 1);
		String english = rowOf(order, page(this.customer, get("/orders").header(HttpHeaders.ACCEPT_LANGUAGE, "en")));
		String german = rowOf(order, page(this.customer, get("/orders").header(HttpHeaders.ACCEPT_LANGUAGE, "de")));
		assertThat(german).isNotEqualTo(english).containsPattern("\\d{2}\\.\\d{2}\\.\\d{4}");
		assertThat(rowOf(order, page(this.customer, get("/orders").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))))
			.isEqualTo(english);
	}

	String page(Someone someone, MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(httpBasic(someone.username(), someone.password())))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	static String rowOf(OrderId order, String page) {
		List<String> rows = new ArrayList<>();
		Matcher row = ROW.matcher(page);
		while (row.find()) {
			if (row.group(1).contains("/orders/" + order.value() + "\"")) {
				rows.add(row.group(1));
			}
		}
		assertThat(rows).as("the order's row").hasSize(1);
		return rows.get(0);
	}

	static int cells(String row) {
		return row.split("<td", -1).length - 1;
	}

}
