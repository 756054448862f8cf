package org.shopfront.promises;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shopfront.MovingClock;
import org.shopfront.catalog.CatalogFixture;
import org.shopfront.catalog.DeliveryQuote;
import org.shopfront.catalog.NeedId;
import org.shopfront.catalog.OfferingId;
import org.shopfront.catalog.ProviderId;
import org.shopfront.catalog.QuoteRequest;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One offering, one instant, one date: the need's card in the store, the comparison, the
 * order form, the order page, the mail and the API all show the date the quote service
 * gives, not the card the configured estimate and the rest the history.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MovingClock.Config.class)
class OneDateEverywhereTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	MovingClock clock;

	@Autowired
	Forecasts forecasts;

	@Autowired
	Promises promises;

	@Autowired
	Formats formats;

	@Autowired
	JdbcClient jdbc;

	PeopleFixture people;

	OrderingFixture ordering;

	CatalogFixture catalog;

	Someone customer;

	@BeforeEach
	void store() {
		this.people = new PeopleFixture(this.context);
		this.ordering = new OrderingFixture(this.context);
		this.catalog = new CatalogFixture(this.context);
		this.customer = this.people.someone("Everywhere Customer");
		this.clock.set(LocalDate.of(2026, 3, 9).atTime(9, 0).toInstant(ZoneOffset.UTC)); // a
																							// Monday
	}

	@Test
	void theCardTheComparisonTheFormTheOrderPageTheMailAndTheApiShowTheSameDate() throws Exception {
		String word = "everywhere" + UUID.randomUUID().toString().substring(0, 8);
		NeedId need = this.catalog.need("A need quoted " + word);
		ProviderId provider = this.catalog.provider("Everywhere Team");
		OfferingId offering = this.catalog.service(need, provider, "10");
		Someone fulfiller = this.people.someone("Everywhere Fulfiller", Role.FULFILLER);
		this.ordering.deliveredHistory(this.customer, fulfiller, offering, 40, Duration.ofHours(1), this.clock);
		MadePromises.awaitAll(this.jdbc, offering);
		this.forecasts.relearn();
		await().atMost(Duration.ofSeconds(10)).until(() -> quote(offering, need, provider).sampleSize() >= 40);
		DeliveryQuote quote = quote(offering, need, provider);
		assertThat(quote.evidence()).isTrue();
		String day = this.formats.day(quote.due());

		assertThat(page("/store?q=" + word)).as("the card").contains("fastest by " + day);
		assertThat(page("/needs/" + need.value())).as("the comparison").contains("by " + day);
		assertThat(page("/offerings/" + offering.value() + "/order")).as("the order form")
			.contains("Delivered by " + day);
		String api = this.mvc
			.perform(get("/api/offerings/{id}", offering.value())
				.with(httpBasic(this.customer.username(), this.customer.password())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Instant.parse(JsonPath.<String>read(api, "$.delivery.due"))).as("the API").isEqualTo(quote.due());

		OrderId placed = this.ordering.place(this.customer, offering, 1);
		await().atMost(Duration.ofSeconds(10)).until(() -> !this.promises.ofOrder(placed).isEmpty());
		assertThat(page("/orders/" + placed.value())).as("the order page").contains("Delivered by " + day);
		String mail = await().atMost(Duration.ofSeconds(10))
			.until(() -> mailAbout(placed), body -> body != null && body.contains("Our promise"));
		assertThat(mail).as("the mail").contains("delivered by " + this.formats.date(quote.due()));
	}

	private DeliveryQuote quote(OfferingId offering, NeedId need, ProviderId provider) {
		return this.forecasts.quote(QuoteRequest.plain(offering, need, provider, 3, this.clock.instant()));
	}

	private String mailAbout(OrderId order) {
		return this.jdbc.sql("""
				select body from notice where recipient_id = :customer and source_key = :key
				""")
			.param("customer", this.customer.id().value())
			.param("key", "order-placed:" + order.value())
			.query(String.class)
			.optional()
			.orElse(null);
	}

	private String page(String path) throws Exception {
		return this.mvc.perform(get(path).with(user(this.people.principal(this.customer))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
