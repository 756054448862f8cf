package org.shopfront.promises;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

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
import org.shopfront.ordering.OrderHistory;
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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Options of one need are told apart: each date rests on the option's own history when it
 * has enough, counts the restock time of an option sold out (or says plainly that it
 * cannot be promised), and the usual approval wait of an option that needs approval; the
 * sentence says which history it uses; and dates come from a complete picture only.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MovingClock.Config.class)
class OptionAwareQuotesTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	MovingClock clock;

	@Autowired
	Forecasts forecasts;

	@Autowired
	OrderHistory history;

	@Autowired
	Promises promises;

	@Autowired
	ForecastProperties properties;

	@Autowired
	BusinessCalendar calendar;

	@Autowired
	JdbcClient jdbc;

	PeopleFixture people;

	OrderingFixture ordering;

	CatalogFixture catalog;

	Someone manager;

	Someone customer;

	Someone fulfiller;

	NeedId need;

	ProviderId provider;

	OfferingId proven;

	@BeforeEach
	void store() {
		this.people = new PeopleFixture(this.context);
		this.ordering = new OrderingFixture(this.context);
		this.catalog = new CatalogFixture(this.context);
		this.manager = this.people.someone("Olga Options", Role.BUSINESS_LEADER);
		this.customer = this.people.reportingTo(this.manager, "Otto Options");
		this.fulfiller = this.people.someone("Options Fulfiller", Role.FULFILLER);
		this.need = this.catalog.need("A need with options told apart");
		this.provider = this.catalog.provider("Options Team");
		this.proven = this.catalog.service(this.need, this.provider, "10");
		this.clock.set(LocalDate.of(2026, 3, 9).atTime(9, 0).toInstant(ZoneOffset.UTC)); // a
																							// Monday
		this.ordering.deliveredHistory(this.customer, this.fulfiller, this.proven, 40, Duration.ofHours(1), this.clock);
		MadePromises.awaitAll(this.jdbc, this.proven);
	}

	@Test
	void eachOptionGetsTheDateOfWhatMakesItDiffer() throws Exception {
		OfferingId restocking = this.catalog.soldOut(this.need, this.provider, "Back in ten days",
				new BigDecimal("500"), 10);
		OfferingId unknown = this.catalog.soldOut(this.need, this.provider, "Sold out for now", new BigDecimal("400"),
				null);
		OfferingId expensive = this.catalog.service(this.need, this.provider, "300");
		for (int i = 0; i < 3; i++) {
			OrderId order = this.ordering.place(this.customer, expensive, 1);
			this.clock.move(Duration.ofDays(1)); // a business day on Tuesday to Thursday
			this.ordering.approve(this.manager, order);
		}
		MadePromises.awaitAll(this.jdbc, expensive);
		this.forecasts.relearn();

		String comparison = this.mvc
			.perform(get("/needs/{id}", this.need.value()).with(user(this.people.principal(this.customer))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(comparison).contains("similar orders of this option arrived by then")
			.contains("similar orders for this need in general arrived by then")
			.contains("Out of stock: includes 10 business days to be back in stock.")
			.contains("Includes the usual wait for your manager\u2019s approval: about 1 business day.")
			.contains("Cannot be promised while out of stock")
			.contains("sf-fastest-option")
			.contains("sf-cheapest-option");

		Instant own = due(this.proven);
		assertThat(due(restocking)).as("ten business days to restock").isAfter(own.plus(Duration.ofDays(12)));
		assertThat(due(expensive)).as("the approval wait").isAfter(own);
		assertThat(due(unknown)).as("no date while nobody knows when more come in").isNull();
		assertThat(List.of(own, due(restocking), due(expensive))).doesNotHaveDuplicates();
	}

	@Test
	void quotesFromTheWholeHistoryBeforeTheFirstModelIsLearntNeverFromPartOfIt() {
		Forecasts starting = new Forecasts(this.history, this.promises, this.properties, this.calendar, this.clock);
		// An order seen opening before any model is complete must not become the model.
		starting.opened(OrderId.random(), Forecasts.segments(this.proven, this.need, this.provider),
				this.clock.instant(), new DeliveryQuote(this.clock.instant(), 9, 0.85, 0, "", false));

		DeliveryQuote quote = starting
			.quote(QuoteRequest.plain(this.proven, this.need, this.provider, 3, this.clock.instant()));

		assertThat(quote.evidence()).isTrue();
		assertThat(quote.sampleSize()).isGreaterThanOrEqualTo(40);
		assertThat(quote.segment()).isEqualTo("offering:" + this.proven.value());
	}

	private Instant due(OfferingId offering) throws Exception {
		String api = this.mvc
			.perform(get("/api/offerings/{id}", offering.value())
				.with(httpBasic(this.customer.username(), this.customer.password())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String due = JsonPath.read(api, "$.delivery.due");
		return Objects.isNull(due) ? null : Instant.parse(due);
	}

}
