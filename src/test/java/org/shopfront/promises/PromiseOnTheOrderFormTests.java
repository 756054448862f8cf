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
import org.shopfront.catalog.ProviderId;
import org.shopfront.ordering.OrderId;
import org.shopfront.ordering.OrderingFixture;
import org.shopfront.people.PeopleFixture;
import org.shopfront.people.PeopleFixture.Someone;
import org.shopfront.people.Role;
import org.shopfront.shared.Formats;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The order form says what we promise before the customer commits: the day and the
 * evidence behind it, or plainly that the date is an estimate without history.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MovingClock.Config.class)
class PromiseOnTheOrderFormTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	MovingClock clock;

	@Autowired
	Forecasts forecasts;

	@Autowired
	Formats formats;

	PeopleFixture people;

	OrderingFixture ordering;

	CatalogFixture catalog;

	Someone customer;

	@BeforeEach
	void store() {
		this.people = new PeopleFixture(this.context);
		this.ordering = new OrderingFixture(this.context);
		this.catalog = new CatalogFixture(this.context);
		this.customer = this.people.someone("Careful Customer");
		this.clock.set(LocalDate.of(2026, 3, 9).atTime(9, 0).toInstant(ZoneOffset.UTC)); // a
																							// Monday
	}

	@Test
	void withoutHistoryTheFormSaysTheDateIsAnEstimate() throws Exception {
		// Years on, no history is recent enough to count, whatever other tests ordered.
		this.clock.set(LocalDate.of(2031, 3, 10).atTime(9, 0).toInstant(ZoneOffset.UTC));
		OfferingId fresh = this.catalog.good("100", 5);

		String form = orderForm(fresh);

		assertThat(form).containsPattern(
				"Delivered by \\w+ \\d+ \\w+: an estimate, as there is no delivery" + " history for this yet.");
		assertThat(form).doesNotContain("arrived by then");
	}

	@Test
	void withHistoryTheFormGivesTheDayAndTheEvidenceBeforeTheCustomerCommits() throws Exception {
		NeedId need = this.catalog.need("Monitors");
		ProviderId provider = this.catalog.provider("Proven");
		OfferingId proven = this.catalog.service(need, provider, "10");
		Someone fulfiller = this.people.someone("Quick Fulfiller", Role.FULFILLER);
		this.ordering.deliveredHistory(this.customer, fulfiller, proven, 40, Duration.ofHours(1), this.clock);
		this.forecasts.relearn();
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.forecasts.quote(proven, need, provider, 3, this.clock.instant()).sampleSize() >= 40);

		String form = orderForm(proven);

		var quote = this.forecasts.quote(proven, need, provider, 3, this.clock.instant());
		assertThat(quote.evidence()).isTrue();
		assertThat(form).contains("Delivered by " + this.formats.day(quote.due()) + ": " + quote.percent()
				+ " % of the " + quote.sampleSize() + " similar orders of this option arrived by then.");
	}

	private String orderForm(OfferingId offering) throws Exception {
		return this.mvc
			.perform(get("/offerings/{id}/order", offering.value()).with(user(this.people.principal(this.customer))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
