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
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

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

	/** A customer (with a manager) signed in on the pages. */
	RequestPostProcessor onPages;

	/** The same customer through the API. */
	RequestPostProcessor onApi;

	OfferingId laptop;

	@BeforeAll
	void fixture(@Autowired ApplicationContext context) {
		PeopleFixture people = new PeopleFixture(context);
		Someone customer = people.reportingTo(people.someone("Errors Manager", Role.BUSINESS_LEADER),
				"Errors Customer");
		this.onPages = user(people.principal(customer));
		this.onApi = httpBasic(customer.username(), customer.password());
		this.laptop = new CatalogFixture(context).good("100", 50, "Who is it for?", "Cost centre", "Start date",
				"Keyboard");
	}

	@Test
	void unknownPageInABrowserIsThe404PageNotJson() throws Exception {
		this.mvc.perform(get("/this-page-does-not-exist").with(this.onPages).accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andExpect(content().string(allOf(containsString("Not found"), containsString("Back to the store"),
					not(containsString("\"status\"")))));
	}

	@Test
	void unknownUrlForAnApiClientIsAProblemDetail() throws Exception {
		this.mvc.perform(get("/api/this-does-not-exist").with(this.onApi).accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.detail").value(not(containsString("No endpoint"))));
	}

	@Test
	void aStaleFormTokenAsksToSignInAgain() throws Exception {
		this.mvc
			.perform(post("/offerings/{id}/order", this.laptop.value()).with(this.onPages)
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
			.perform(post("/offerings/{id}/order", this.laptop.value()).with(this.onPages)
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
		this.mvc.perform(
				post("/api/orders").with(this.onApi).contentType(MediaType.TEXT_PLAIN).content("two laptops please"))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(415));
	}

	@Test
	void aWrongMethodIsAProblemDetailNamingTheAllowedOnes() throws Exception {
		this.mvc.perform(put("/api/needs").with(this.onApi))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(header().string("Allow", containsString("GET")))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(405));
	}

	@Test
	void aScoreboardWindowThatIsNotOfferedNamesWeeks() throws Exception {
		scoreboard("-1").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.weeks").value(containsString("4, 13, 26 or 52")));
	}

	@Test
	void aQueryParameterOfTheWrongTypeNamesIt() throws Exception {
		scoreboard("many").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.weeks").exists());
	}

	private ResultActions placing(String body) throws Exception {
		return this.mvc
			.perform(post("/api/orders").with(this.onApi).contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private ResultActions scoreboard(String weeks) throws Exception {
		return this.mvc.perform(get("/api/scoreboard").param("weeks", weeks).with(this.onApi));
	}

	private String order(String quantity, String answers, String more) {
		return "{\"offeringId\":\"" + this.laptop.value() + "\",\"quantity\":" + quantity + ",\"answers\":" + answers
				+ more + "}";
	}

}
