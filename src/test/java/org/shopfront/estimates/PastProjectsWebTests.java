package org.shopfront.estimates;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.shopfront.ShopfrontTest;
import org.shopfront.people.PeopleFixture;
import org.shopfront.people.PeopleFixture.Someone;
import org.shopfront.people.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The past projects page of IT managers: the upload with its column mapping, mapping
 * errors beside their field, and the run's report.
 */
@ShopfrontTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PastProjectsWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	Someone owner;

	Someone customer;

	@BeforeAll
	void people() {
		PeopleFixture people = new PeopleFixture(this.context);
		this.owner = people.someone("Estimates Owner", Role.SERVICE_OWNER);
		this.customer = people.someone("Estimates Customer");
	}

	@Test
	void onlyItManagersSeeThePage() throws Exception {
		this.mvc.perform(as(this.owner, get("/manage/past-projects")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Import past projects")));
		this.mvc.perform(as(this.customer, get("/manage/past-projects"))).andExpect(status().isForbidden());
	}

	@Test
	void anEstimateColumnWithoutItsActualIsRefusedBesideTheField() throws Exception {
		this.mvc
			.perform(as(this.owner,
					multipart("/manage/past-projects").file(file("name,estimate\nA,1\n"))
						.param("layout", "CUSTOM")
						.param("source", "Mapping")
						.param("unit", "DAYS")
						.param("currency", "EUR")
						.param("estimatedEffort", "estimate")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"actualEffort-error\"")))
			.andExpect(content().string(containsString("Name the column of the actual figure too, or neither.")));
	}

	@Test
	void aFileWithoutTheMappedColumnIsRefusedBesideTheFileField() throws Exception {
		this.mvc
			.perform(as(this.owner,
					multipart("/manage/past-projects").file(file("name,estimate,spent\nA,1,2\n"))
						.param("layout", "KITCHENHAM")
						.param("source", "Wrong layout")
						.param("unit", "HOURS")
						.param("currency", "EUR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"file-error\"")))
			.andExpect(content().string(containsString("First.estimate")));
	}

	@Test
	void anUploadRunsAndItsPageListsTheSkippedValues() throws Exception {
		String page = this.mvc
			.perform(as(this.owner,
					multipart("/manage/past-projects").file(file("task,guess,took\nA,4,5\nB,0,3\nC,2,2\n"))
						.param("layout", "CUSTOM")
						.param("source", "Web upload")
						.param("unit", "HOURS")
						.param("currency", "EUR")
						.param("name", "task")
						.param("estimatedEffort", "guess")
						.param("actualEffort", "took")))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> this.mvc.perform(as(this.owner, get(page)))
				.andExpect(content().string(containsString("2 projects imported")))
				.andExpect(content().string(containsString("An estimate of 0 says nothing about overruns"))));
	}

	private static MockMultipartFile file(String csv) {
		return new MockMultipartFile("file", "projects.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
	}

	<B extends AbstractMockHttpServletRequestBuilder<B>> B as(Someone someone, B request) {
		return request.with(httpBasic(someone.username(), someone.password())).with(csrf());
	}

}
