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
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every error answers in the caller's language: a page in the layout for a browser, an
 * RFC 9457 problem detail for an API client, naming the field at fault and never showing
 * exception text. Each test here was a finding of issue 12.
 */
@ShopfrontTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FriendlyErrorsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	PeopleFixture people;

	Someone customer;

	OfferingId laptop;

	@BeforeAll
	void fixture() {
		this.people = new PeopleFixture(this.context);
		Someone manager = this.people.someone("Errors Manager", Role.BUSINESS_LEADER);
		this.customer = this.people.reportingTo(manager, "Errors Customer");
		this.laptop = new CatalogFixture(this.context).good("100", 50, "Who is it for?", "Cost centre", "Start date",
				"Keyboard");
	}

	@Test
	void unknownPageInABrowserIsThe404PageNotJson() throws Exception {
		this.mvc
			.perform(get("/this-page-does-not-exist").with(user(this.people.principal(this.customer)))
				.accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andExpect(content().string(allOf(containsString("Not found"), containsString("Back to the store"),
					not(containsString("\"status\"")))));
	}

	@Test
	void unknownUrlForAnApiClientIsAProblemDetail() throws Exception {
		this.mvc
			.perform(get("/api/this-does-not-exist").with(httpBasic(this.customer.username(), this.customer.password()))
				.accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.detail").value(not(containsString("No endpoint"))));
	}

	@Test
	void aStaleFormTokenAsksToSignInAgain() throws Exception {
		this.mvc
			.perform(post("/offerings/{id}/order", this.laptop.value()).with(user(this.people.principal(this.customer)))
				.with(csrf().useInvalidToken())
				.param("quantity", "1"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login?expired"));
		this.mvc.perform(get("/login").param("expired", ""))
			.andExpect(content().string(containsString("Your session expired. Please sign in again.")));
	}

	@Test
	void anIndexNoFormHasIsRefusedWithoutAServerError() throws Exception {
		this.mvc
			.perform(post("/offerings/{id}/order", this.laptop.value()).with(user(this.people.principal(this.customer)))
				.with(csrf())
				.accept(MediaType.TEXT_HTML)
				.param("quantity", "1")
				.param("answers[5000]", "z"))
			.andExpect(status().isBadRequest())
			.andExpect(content()
				.string(allOf(containsString("No form of ours has more than 256"), not(containsString("Exception")))));
	}

	@Test
	void aWordForANumberNamesTheField() throws Exception {
		placing("{\"offeringId\":\"" + this.laptop.value() + "\",\"quantity\":\"two\"}")
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors.quantity").exists());
	}

	@Test
	void aFractionalQuantityIsRefusedNotTruncated() throws Exception {
		placing(order("1.5", "[\"a\",\"b\",\"c\",\"d\"]", "")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.quantity").exists());
	}

	@Test
	void aNumberTooLargeForAQuantityNamesTheField() throws Exception {
		placing(order("99999999999999999999", "[\"a\",\"b\",\"c\",\"d\"]", "")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.quantity").exists());
	}

	@Test
	void anUnknownFieldIsRefusedNotDropped() throws Exception {
		placing(order("1", "[\"a\",\"b\",\"c\",\"d\"]", ",\"priority\":\"high\"")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.priority").value("This field is not known."));
	}

	@Test
	void moreAnswersThanTheOfferingAsksAreRefused() throws Exception {
		placing(order("1", "[\"a\",\"b\",\"c\",\"d\",\"e\",\"f\"]", "")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.answers").value("This offering asks 4 questions; please answer only those."));
	}

	@Test
	void aBodyThatIsNotJsonIsAProblemDetail() throws Exception {
		placing("{\"offeringId\":").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("The request body is not valid JSON."));
	}

	@Test
	void plainTextIsAnUnsupportedMediaType() throws Exception {
		this.mvc
			.perform(post("/api/orders").with(httpBasic(this.customer.username(), this.customer.password()))
				.contentType(MediaType.TEXT_PLAIN)
				.content("two laptops please"))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(415));
	}

	@Test
	void aWrongMethodIsAProblemDetailNamingTheAllowedOnes() throws Exception {
		this.mvc.perform(put("/api/needs").with(httpBasic(this.customer.username(), this.customer.password())))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(header().string("Allow", containsString("GET")))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(405));
	}

	@Test
	void aScoreboardWindowThatIsNotOfferedNamesWeeks() throws Exception {
		this.mvc
			.perform(get("/api/scoreboard").param("weeks", "-1")
				.with(httpBasic(this.customer.username(), this.customer.password())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.weeks").value(containsString("4, 13, 26 or 52")));
	}

	@Test
	void aQueryParameterOfTheWrongTypeNamesIt() throws Exception {
		this.mvc
			.perform(get("/api/scoreboard").param("weeks", "many")
				.with(httpBasic(this.customer.username(), this.customer.password())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.weeks").exists());
	}

	private org.springframework.test.web.servlet.ResultActions placing(String body) throws Exception {
		return this.mvc.perform(api(post("/api/orders")).contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private MockHttpServletRequestBuilder api(MockHttpServletRequestBuilder request) {
		return request.with(httpBasic(this.customer.username(), this.customer.password()));
	}

	private String order(String quantity, String answers, String more) {
		return "{\"offeringId\":\"" + this.laptop.value() + "\",\"quantity\":" + quantity + ",\"answers\":" + answers
				+ more + "}";
	}

}
