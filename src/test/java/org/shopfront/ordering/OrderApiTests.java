package org.shopfront.ordering;

import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.shopfront.ShopfrontTest;
import org.shopfront.catalog.CatalogFixture;
import org.shopfront.catalog.OfferingId;
import org.shopfront.people.PeopleFixture;
import org.shopfront.people.PeopleFixture.Someone;
import org.shopfront.people.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The orders API as a machine client sees it: HTTP basic, JSON in, JSON or RFC 9457
 * problem details out, and nothing leaked about orders that are not the caller's.
 */
@ShopfrontTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrderApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	CatalogFixture catalog;

	OrderingFixture ordering;

	Someone manager;

	Someone customer;

	Someone stranger;

	Someone fulfiller;

	@BeforeAll
	void fixture() {
		PeopleFixture people = new PeopleFixture(this.context);
		this.catalog = new CatalogFixture(this.context);
		this.ordering = new OrderingFixture(this.context);
		this.manager = people.someone("Api Manager", Role.BUSINESS_LEADER);
		this.customer = people.reportingTo(this.manager, "Api Customer");
		this.stranger = people.someone("Api Stranger");
		this.fulfiller = people.someone("Api Fulfiller", Role.FULFILLER);
	}

	static MockHttpServletRequestBuilder as(Someone someone, MockHttpServletRequestBuilder request) {
		return request.with(httpBasic(someone.username(), someone.password()));
	}

	static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body);
	}

	@Test
	void placesAnOrderAndPointsToIt() throws Exception {
		OfferingId laptop = this.catalog.good("100", 5, "Who is it for?");
		this.mvc
			.perform(as(this.customer,
					json(post("/api/orders"),
							"{\"offeringId\":\"" + laptop.value() + "\",\"quantity\":2,\"answers\":[\"Grace\"]}")))
			.andExpect(status().isCreated())
			.andExpect(header().string(HttpHeaders.LOCATION, containsString("/api/orders/")))
			.andExpect(jsonPath("$.status").value("OPEN"))
			.andExpect(jsonPath("$.quantity").value(2))
			.andExpect(jsonPath("$.details['Who is it for?']").value("Grace"))
			.andExpect(jsonPath("$.timeline[0].kind").value("PLACED"))
			.andExpect(jsonPath("$.promise.status").value("OPEN"))
			.andExpect(jsonPath("$.promise.due").isNotEmpty())
			.andExpect(jsonPath("$.promise.evidence").value(false));
	}

	@Test
	void quotesTheDeliveryDateOfEveryOptionBeforeOrdering() throws Exception {
		OfferingId laptop = this.catalog.good("100", 5);
		this.mvc.perform(as(this.customer, get("/api/offerings/" + laptop.value())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.delivery.due").isNotEmpty())
			.andExpect(jsonPath("$.delivery.evidence").value(false));
	}

	@Test
	void refusesQuantityZeroWithAProblemNamingTheField() throws Exception {
		OfferingId laptop = this.catalog.good("100", 5);
		this.mvc
			.perform(as(this.customer,
					json(post("/api/orders"), "{\"offeringId\":\"" + laptop.value() + "\",\"quantity\":0}")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.errors.quantity").isNotEmpty());
	}

	@Test
	void refusesMoreThanIsInStockWithAProblemNamingQuantity() throws Exception {
		OfferingId laptop = this.catalog.good("100", 1);
		this.mvc
			.perform(as(this.customer,
					json(post("/api/orders"), "{\"offeringId\":\"" + laptop.value() + "\",\"quantity\":2}")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors.quantity").isNotEmpty());
	}

	@Test
	void unknownOfferingIsANotFoundProblem() throws Exception {
		this.mvc
			.perform(as(this.customer,
					json(post("/api/orders"), "{\"offeringId\":\"" + UUID.randomUUID() + "\",\"quantity\":1}")))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(404));
	}

	@Test
	void unknownOrderIsANotFoundProblem() throws Exception {
		this.mvc.perform(as(this.customer, get("/api/orders/{id}", UUID.randomUUID())))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void malformedOrderIdIsNotFound() throws Exception {
		this.mvc.perform(as(this.customer, get("/api/orders/not-an-id"))).andExpect(status().isNotFound());
	}

	@Test
	void deliveringAnOrderAwaitingApprovalIsAConflict() throws Exception {
		OrderId id = this.ordering.place(this.customer, this.catalog.good("5000", 5), 1);
		this.mvc.perform(as(this.fulfiller, post("/api/orders/{id}/deliver", id.value())))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc.perform(as(this.customer, get("/api/orders/{id}", id.value())))
			.andExpect(jsonPath("$.status").value("AWAITING_APPROVAL"));
	}

	@Test
	void anotherCustomersOrderIsNotFoundAndRevealsNothing() throws Exception {
		OfferingId laptop = this.catalog.good("100", 5, "Who is it for?");
		OrderId id = this.ordering.place(this.customer, laptop, 1, "Top secret project");
		String title = this.ordering.order(id).offeringTitle();
		this.mvc.perform(as(this.stranger, get("/api/orders/{id}", id.value())))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString(title))))
			.andExpect(content().string(not(containsString("Top secret project"))))
			.andExpect(content().string(not(containsString(this.customer.displayName()))))
			.andExpect(content().string(not(containsString(laptop.value().toString()))));
	}

	@Test
	void anotherCustomerCannotCancelMyOrder() throws Exception {
		OrderId id = this.ordering.place(this.customer, this.catalog.good("100", 5), 1);
		this.mvc.perform(as(this.stranger, post("/api/orders/{id}/cancel", id.value())))
			.andExpect(status().isNotFound());
		this.mvc.perform(as(this.customer, get("/api/orders/{id}", id.value())))
			.andExpect(jsonPath("$.status").value("OPEN"));
	}

	@Test
	void managerApprovesThroughTheApi() throws Exception {
		OrderId id = this.ordering.place(this.customer, this.catalog.good("5000", 5), 1);
		this.mvc.perform(as(this.manager, post("/api/orders/{id}/approve", id.value())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("OPEN"));
	}

	@Test
	void rejectionWithoutAReasonIsRefused() throws Exception {
		OrderId id = this.ordering.place(this.customer, this.catalog.good("5000", 5), 1);
		this.mvc.perform(as(this.manager, json(post("/api/orders/{id}/reject", id.value()), "{\"text\":\" \"}")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.text").isNotEmpty());
	}

	@Test
	void unauthenticatedCallsAreUnauthorized() throws Exception {
		this.mvc.perform(get("/api/orders"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().exists(HttpHeaders.WWW_AUTHENTICATE));
		this.mvc.perform(json(post("/api/orders"), "{}")).andExpect(status().isUnauthorized());
	}

	@Test
	void aWrongPasswordIsUnauthorized() throws Exception {
		this.mvc.perform(get("/api/orders").with(httpBasic(this.customer.username(), "wrong-password")))
			.andExpect(status().isUnauthorized());
	}

}
