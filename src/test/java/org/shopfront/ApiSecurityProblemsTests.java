package org.shopfront;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.shopfront.people.PeopleFixture;
import org.shopfront.people.PeopleFixture.Someone;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The API refuses strangers (401) and the wrong role (403) with problem details. */
@ShopfrontTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiSecurityProblemsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	Someone customer;

	@BeforeAll
	void fixture() {
		this.customer = new PeopleFixture(this.context).someone("Problem Customer");
	}

	@Test
	void anUnauthenticatedCallIsA401ProblemDetail() throws Exception {
		this.mvc.perform(get("/api/orders"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().exists("WWW-Authenticate"))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(401))
			.andExpect(jsonPath("$.instance").value("/api/orders"));
	}

	@Test
	void theWrongRoleIsA403ProblemDetail() throws Exception {
		this.mvc
			.perform(get("/api/fulfilment/queue").with(httpBasic(this.customer.username(), this.customer.password())))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(403));
	}

}
