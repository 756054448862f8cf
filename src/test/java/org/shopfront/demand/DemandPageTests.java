package org.shopfront.demand;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.shopfront.ShopfrontTest;
import org.shopfront.demand.DemandFixture.BusinessUnit;
import org.shopfront.people.PeopleFixture;
import org.shopfront.people.PeopleFixture.Someone;
import org.shopfront.people.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demand pages: the list for leaders and IT, the form with its errors beside the
 * fields, the demand with its timeline, the options side by side and the thread, which
 * htmx refreshes on its own.
 */
@ShopfrontTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemandPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	DemandFixture demands;

	BusinessUnit unit;

	Someone owner;

	Someone fulfiller;

	@BeforeAll
	void fixture() {
		PeopleFixture people = new PeopleFixture(this.context);
		this.demands = new DemandFixture(this.context);
		this.unit = this.demands.unit("Page Finance");
		this.owner = people.someone("Page Owner", Role.SERVICE_OWNER);
		this.fulfiller = people.someone("Page Fulfiller", Role.FULFILLER);
	}

	static MockHttpServletRequestBuilder as(Someone someone, MockHttpServletRequestBuilder request) {
		return request.with(httpBasic(someone.username(), someone.password()));
	}

	@Test
	void theLeaderListsTheUnitsDemandsAndItFiltersByStatus() throws Exception {
		DemandId demand = this.demands.submit(this.unit, "Listed for the leader");
		this.mvc.perform(as(this.unit.leader(), get("/demands")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Listed for the leader")))
			.andExpect(content().string(containsString("/demands/" + demand.value())));
		this.mvc.perform(as(this.owner, get("/demands").param("status", "SUBMITTED")))
			.andExpect(content().string(containsString("Listed for the leader")));
		this.mvc.perform(as(this.owner, get("/demands").param("status", "DECIDED")))
			.andExpect(content().string(not(containsString("Listed for the leader"))));
	}

	@Test
	void theFormShowsEachProblemBesideItsField() throws Exception {
		this.mvc
			.perform(as(this.unit.member(), post("/demands/new")).with(csrf())
				.param("title", "Half a demand")
				.param("links", "not a link"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"problem-error\""),
					containsString("id=\"valuePerYear-error\""), containsString("id=\"links-error\""))));
		this.mvc
			.perform(as(this.unit.member(), post("/demands/new")).with(csrf())
				.param("title", "A whole demand")
				.param("problem", "Slow")
				.param("outcome", "Fast")
				.param("affected", "Us")
				.param("valuePerYear", "1000")
				.param("currency", "EUR"))
			.andExpect(redirectedUrlPattern("/demands/*"));
	}

	@Test
	void anAmountThatIsNoNumberIsAnErrorBesideItsFieldAndTheRestStaysAsTyped() throws Exception {
		this.mvc
			.perform(as(this.unit.member(), post("/demands/new")).with(csrf())
				.param("title", "Typed badly")
				.param("valuePerYear", "x")
				.param("neededBy", "x"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"valuePerYear-error\""),
					containsString("id=\"neededBy-error\""), containsString("value=\"Typed badly\""))));
	}

	@Test
	void theLeaderComparesTheOptionsWithTheirEvidenceAndMayChoose() throws Exception {
		DemandId demand = this.demands.submit(this.unit, "Compared by the leader");
		this.demands.propose(this.owner, demand, null);
		this.mvc.perform(as(this.unit.leader(), get("/demands/{id}", demand.value())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"proposal\""), containsString("Build it in-house"),
					containsString("Buy a reading service"), containsString("Keep keying by hand"),
					containsString("Scan &amp; Co"), containsString("id=\"choose\""), containsString("id=\"timeline\""),
					containsString("€80,000"))));
		this.mvc.perform(as(this.unit.member(), get("/demands/{id}", demand.value())))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("Buy a reading service"), not(containsString("id=\"choose\"")))));
	}

	@Test
	void itStaffWithoutTheUnitsMoneySeeTheOptionsButNotTheirCost() throws Exception {
		DemandId demand = this.demands.submit(this.unit, "Seen without money");
		this.demands.propose(this.owner, demand, null);
		this.mvc.perform(as(this.fulfiller, get("/demands/{id}", demand.value())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Build it in-house"), not(containsString("€80,000")),
					not(containsString("€120,000")))));
	}

	@Test
	void aQuestionSentWithHtmxAnswersWithTheThreadAlone() throws Exception {
		DemandId demand = this.demands.submit(this.unit, "Asked with htmx");
		this.demands.propose(this.owner, demand, null);
		this.mvc
			.perform(as(this.unit.leader(), post("/demands/{id}/questions", demand.value())).with(csrf())
				.header("HX-Request", "true")
				.param("text", "Can it read scans?"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"thread\""), containsString("Can it read scans?"),
					not(containsString("<html")))));
		this.mvc
			.perform(as(this.unit.leader(), post("/demands/{id}/questions", demand.value())).with(csrf())
				.header("HX-Request", "true")
				.param("text", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("message-text-error"), not(containsString("<html")))));
		this.mvc
			.perform(as(this.unit.leader(), post("/demands/{id}/questions", demand.value())).with(csrf())
				.param("text", "And handwriting?"))
			.andExpect(redirectedUrlPattern("/demands/*"));
	}

	@Test
	void aStrangerDoesNotFindTheDemandPage() throws Exception {
		DemandId demand = this.demands.submit(this.unit, "Hidden page");
		BusinessUnit other = this.demands.unit("Page Sales");
		this.mvc.perform(as(other.leader(), get("/demands/{id}", demand.value()))).andExpect(status().isNotFound());
	}

}
