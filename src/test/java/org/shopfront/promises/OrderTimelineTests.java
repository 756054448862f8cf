package org.shopfront.promises;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shopfront.MovingClock;
import org.shopfront.catalog.CatalogFixture;
import org.shopfront.catalog.NeedId;
import org.shopfront.catalog.OfferingId;
import org.shopfront.ordering.OrderId;
import org.shopfront.ordering.OrderingFixture;
import org.shopfront.people.PeopleFixture;
import org.shopfront.people.PeopleFixture.Someone;
import org.shopfront.people.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The order page tells the whole story: an approval with nobody to ask, a delay and the
 * customer's answer, the agreed date's own footing, and no promise once the order is
 * withdrawn.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MovingClock.Config.class)
class OrderTimelineTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	MovingClock clock;

	@Autowired
	Promises promises;

	@Autowired
	AtRiskWatch watch;

	@Autowired
	AnsweringCall answering;

	@Autowired
	JdbcClient jdbc;

	PeopleFixture people;

	OrderingFixture ordering;

	Someone manager;

	Someone customer;

	Someone fulfiller;

	OfferingId cheap;

	OfferingId expensive;

	@BeforeEach
	void store() {
		this.people = new PeopleFixture(this.context);
		this.ordering = new OrderingFixture(this.context);
		CatalogFixture catalog = new CatalogFixture(this.context);
		NeedId need = catalog.need("A need told in full");
		this.cheap = catalog.service(need, catalog.provider("Timeline Team"), "10");
		this.expensive = catalog.good("3000", 5);
		this.manager = this.people.someone("Tess Timeline", Role.BUSINESS_LEADER);
		this.customer = this.people.reportingTo(this.manager, "Tom Timeline");
		this.fulfiller = this.people.someone("Fay Fulfiller", Role.FULFILLER);
		this.clock.set(LocalDate.of(2026, 3, 9).atTime(9, 0).toInstant(ZoneOffset.UTC)); // a
																							// Monday
	}

	@Test
	void anOrderNeedingNoApprovalShowsItWasApprovedAutomatically() throws Exception {
		OrderId order = this.ordering.place(this.customer, this.cheap, 1);

		assertThat(page(order)).contains("Ordered by Tom Timeline")
			.contains("Approved automatically: its value needs no manager\u2019s approval");
		OrderId waiting = this.ordering.place(this.customer, this.expensive, 1);
		assertThat(page(waiting)).contains("Sent to Tess Timeline for approval")
			.doesNotContain("Approved automatically");
		MadePromises.awaitAll(this.jdbc, this.cheap, this.expensive);
	}

	@Test
	void theDelayFlagAndTheCustomersAnswerAppearAndTheAgreedDateGivesItsOwnFooting() throws Exception {
		OrderId order = this.ordering.place(this.customer, this.cheap, 1);
		Promise first = await().atMost(Duration.ofSeconds(10))
			.until(() -> this.promises.openFor(order), p -> p.isPresent())
			.orElseThrow();
		this.clock.move(Duration.ofHours(1));
		this.watch.flagDelay(order, this.fulfiller.id(), "Our supplier is late", LocalDate.of(2026, 3, 30));
		this.clock.move(Duration.ofHours(1));
		this.answering.answer(first.id(), Answer.WAIT, null);

		String page = page(order);
		assertThat(page).contains("Fay Fulfiller flagged a delay and gave a realistic new date")
			.contains("Our supplier is late")
			.contains("Tom Timeline chose to wait for the new date");
		assertThat(page).as("the renegotiated promise rests on the agreement, not the first date's history")
			.contains("The new date agreed with you when the first one could not be kept.")
			.doesNotContain("similar orders");
	}

	@Test
	void aRejectedOrderShowsNoPromise() throws Exception {
		OrderId order = this.ordering.place(this.customer, this.expensive, 1);
		await().atMost(Duration.ofSeconds(10)).until(() -> !this.promises.ofOrder(order).isEmpty());
		assertThat(page(order)).contains("id=\"promise\"");

		this.ordering.reject(this.manager, order, "Not this year");

		await().atMost(Duration.ofSeconds(10)).until(() -> this.promises.openFor(order).isEmpty());
		assertThat(page(order)).doesNotContain("id=\"promise\"").doesNotContain("Our promise");
	}

	private String page(OrderId order) throws Exception {
		return this.mvc.perform(get("/orders/{id}", order.value()).with(user(this.people.principal(this.customer))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
