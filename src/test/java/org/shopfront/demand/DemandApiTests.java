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
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demand API answers like the pages: problems naming the field for bad input, 404 for
 * a demand the caller may not see, 409 for a move the demand cannot make, and money only
 * for those who may see the unit's.
 */
@ShopfrontTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemandApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	DemandFixture demands;

	BusinessUnit finance;

	BusinessUnit sales;

	Someone owner;

	Someone fulfiller;

	@BeforeAll
	void fixture() {
		PeopleFixture people = new PeopleFixture(this.context);
		this.demands = new DemandFixture(this.context);
		this.finance = this.demands.unit("Api Finance");
		this.sales = this.demands.unit("Api Sales");
		this.owner = people.someone("Api Owner", Role.SERVICE_OWNER);
		this.fulfiller = people.someone("Api Fulfiller", Role.FULFILLER);
	}

	static MockHttpServletRequestBuilder as(Someone someone, MockHttpServletRequestBuilder request) {
		return request.with(httpBasic(someone.username(), someone.password())).accept(MediaType.APPLICATION_JSON);
	}

	static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body);
	}

	@Test
	void submitsADemandAndPointsToIt() throws Exception {
		this.mvc.perform(as(this.finance.member(), json(post("/api/demands"), """
				{"title":"Faster month end","problem":"Closing takes ten days","outcome":"Closing in five",
				 "valuePerYear":50000,"currency":"EUR","affected":"Controllers",
				 "links":["https://wiki.example.org/close"]}""")))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/demands/")))
			.andExpect(jsonPath("$.status").value("SUBMITTED"))
			.andExpect(jsonPath("$.leader").value(this.finance.leader().displayName()))
			.andExpect(jsonPath("$.value.perYear").value(50000))
			.andExpect(jsonPath("$.links[0]").value("https://wiki.example.org/close"))
			.andExpect(jsonPath("$.timeline[0].to").value("SUBMITTED"));
	}

	@Test
	void refusesADemandWithoutAProblemOrValueNamingTheFields() throws Exception {
		this.mvc.perform(as(this.finance.member(), json(post("/api/demands"), """
				{"title":"Vague","outcome":"Better","affected":"Everyone"}""")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors.problem").isNotEmpty());
		this.mvc.perform(as(this.finance.member(), json(post("/api/demands"), """
				{"title":"Vague","problem":"Slow","outcome":"Better","affected":"Everyone",
				 "links":["javascript:alert(1)"]}""")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.valuePerYear").isNotEmpty())
			.andExpect(jsonPath("$.errors.links").isNotEmpty());
	}

	@Test
	void refusesAProposalWithOneOptionAndNoReasonNamingTheField() throws Exception {
		DemandId demand = this.demands.submit(this.finance, "One option only");
		this.mvc.perform(as(this.owner, json(post("/api/demands/{id}/proposals", demand.value()), """
				{"currency":"EUR","recommended":0,"recommendationReason":"The only way",
				 "options":[{"kind":"BUILD_INSIDE","name":"Build","oneOffCost":1000,"runningCost":0,
				 "effortDays":5,"deliveryDate":"2099-01-01","risks":"None"}]}""")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.fewerOptionsReason").isNotEmpty());
	}

	@Test
	void anotherUnitsLeaderAndMemberDoNotFindTheDemand() throws Exception {
		DemandId demand = this.demands.submit(this.finance, "Not for sales");
		this.mvc.perform(as(this.sales.leader(), get("/api/demands/{id}", demand.value())))
			.andExpect(status().isNotFound());
		this.mvc.perform(as(this.sales.member(), get("/api/demands/{id}/proposals", demand.value())))
			.andExpect(status().isNotFound());
		this.mvc.perform(as(this.sales.leader(), json(post("/api/demands/{id}/questions", demand.value()), """
				{"text":"Can we have it too?"}"""))).andExpect(status().isNotFound());
		this.mvc.perform(as(this.finance.leader(), get("/api/demands/{id}", java.util.UUID.randomUUID())))
			.andExpect(status().isNotFound());
	}

	@Test
	void itSeesEveryDemandButOnlyServiceOwnersSeeAnotherUnitsMoney() throws Exception {
		DemandId demand = this.demands.submit(this.finance, "Money for owners");
		this.demands.propose(this.owner, demand, null);
		this.mvc.perform(as(this.fulfiller, get("/api/demands/{id}", demand.value())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.value.perYear").doesNotExist())
			.andExpect(jsonPath("$.value.target").value("Invoices keyed by hand"));
		this.mvc.perform(as(this.fulfiller, get("/api/demands/{id}/proposals/1", demand.value())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.options[0].oneOffCost").doesNotExist())
			.andExpect(jsonPath("$.options[0].budget").doesNotExist());
		this.mvc.perform(as(this.owner, get("/api/demands/{id}/proposals/1", demand.value())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.options.length()").value(3))
			.andExpect(jsonPath("$.options[0].oneOffCost").value(80000))
			.andExpect(jsonPath("$.options[0].budget").isNotEmpty())
			.andExpect(jsonPath("$.options[0].budgetEvidence").isNotEmpty())
			.andExpect(jsonPath("$.options[1].recommended").value(true))
			.andExpect(jsonPath("$.options[1].providerName").value("Scan & Co"));
		this.mvc.perform(as(this.finance.leader(), get("/api/demands/{id}", demand.value())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.value.perYear").value(120000));
	}

	@Test
	void onlyTheUnitsLeaderDecidesAndDecidingTwiceIsAConflict() throws Exception {
		DemandId demand = this.demands.submit(this.finance, "Decide once");
		this.demands.propose(this.owner, demand, null);
		String decision = "{\"optionId\":\"" + this.demands.option(demand, 1).value() + "\"}";
		this.mvc.perform(as(this.finance.member(), json(post("/api/demands/{id}/decision", demand.value()), decision)))
			.andExpect(status().isForbidden());
		this.mvc.perform(as(this.finance.leader(), json(post("/api/demands/{id}/decision", demand.value()), decision)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.budget").isNotEmpty());
		this.mvc.perform(as(this.finance.leader(), json(post("/api/demands/{id}/decision", demand.value()), decision)))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc.perform(as(this.finance.leader(), get("/api/demands/{id}", demand.value())))
			.andExpect(jsonPath("$.status").value(anyOf(is("DECIDED"), is("INITIATIVE_RUNNING"))));
	}

	@Test
	void decidingForAnOptionOfNoProposalNamesTheField() throws Exception {
		DemandId demand = this.demands.submit(this.finance, "Unknown option");
		this.demands.propose(this.owner, demand, null);
		this.mvc
			.perform(as(this.finance.leader(),
					json(post("/api/demands/{id}/decision", demand.value()),
							"{\"optionId\":\"" + java.util.UUID.randomUUID() + "\"}")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.optionId").isNotEmpty());
	}

	@Test
	void proposingOnADeclinedDemandIsAConflict() throws Exception {
		DemandId demand = this.demands.submit(this.finance, "Declined then proposed");
		this.demands.propose(this.owner, demand, null);
		this.mvc
			.perform(as(this.finance.leader(),
					json(post("/api/demands/{id}/decline", demand.value()), "{\"text\":\"Not this year\"}")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CLOSED"))
			.andExpect(jsonPath("$.closedReason").value("Not this year"));
		this.mvc.perform(as(this.owner, json(post("/api/demands/{id}/proposals", demand.value()), """
				{"currency":"EUR","recommended":0,"recommendationReason":"Still the best",
				 "options":[{"kind":"BUILD_INSIDE","name":"Build","oneOffCost":1000,"runningCost":0,
				 "effortDays":5,"deliveryDate":"2099-01-01","risks":"None"},
				 {"kind":"DO_NOTHING","name":"Nothing","risks":"None"}]}"""))).andExpect(status().isConflict());
	}

	@Test
	void askingForChangesKeepsEveryVersionReadable() throws Exception {
		DemandId demand = this.demands.submit(this.finance, "Two versions");
		this.demands.propose(this.owner, demand, null);
		this.mvc
			.perform(as(this.finance.leader(),
					json(post("/api/demands/{id}/changes", demand.value()), "{\"text\":\"Show a cheaper build\"}")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("IN_REVIEW"));
		this.demands.propose(this.owner, demand, null);
		this.mvc.perform(as(this.finance.leader(), get("/api/demands/{id}/proposals", demand.value())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2));
		this.mvc.perform(as(this.finance.leader(), get("/api/demands/{id}/proposals/1", demand.value())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.latest").value(false));
		this.mvc.perform(as(this.finance.leader(), get("/api/demands/{id}/proposals/3", demand.value())))
			.andExpect(status().isNotFound());
	}

	@Test
	void theThreadCarriesQuestionsAndItsAnswers() throws Exception {
		DemandId demand = this.demands.submit(this.finance, "Questions");
		this.demands.propose(this.owner, demand, null);
		this.mvc
			.perform(as(this.finance.leader(),
					json(post("/api/demands/{id}/questions", demand.value()),
							"{\"text\":\"Does the service read PDFs?\"}")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.fromIt").value(false));
		this.mvc
			.perform(as(this.owner,
					json(post("/api/demands/{id}/questions", demand.value()), "{\"text\":\"Yes, and scans\"}")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.fromIt").value(true));
		this.mvc.perform(as(this.finance.member(), get("/api/demands/{id}/questions", demand.value())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].text").value("Does the service read PDFs?"))
			.andExpect(jsonPath("$[1].text").value("Yes, and scans"));
		this.mvc
			.perform(as(this.finance.leader(),
					json(post("/api/demands/{id}/questions", demand.value()), "{\"text\":\"\"}")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.text").isNotEmpty());
	}

}
