package org.shopfront.promises;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The at-risk watch over many promises and early, and the fulfiller's delay flag. Its own
 * context (and so its own database) with a watch batch of two promises, so that a few
 * orders already take several batches.
 */
@SpringBootTest(properties = "shopfront.promises.watch-batch=2")
@AutoConfigureMockMvc
@Import(MovingClock.Config.class)
class AtRiskWatchTests {

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
	Forecasts forecasts;

	@Autowired
	JdbcClient jdbc;

	PeopleFixture people;

	OrderingFixture ordering;

	Someone customer;

	Someone fulfiller;

	OfferingId offering;

	@BeforeEach
	void store() {
		this.people = new PeopleFixture(this.context);
		this.ordering = new OrderingFixture(this.context);
		CatalogFixture catalog = new CatalogFixture(this.context);
		NeedId need = catalog.need("A need to watch");
		this.offering = catalog.service(need, catalog.provider("Watched Provider"), "10");
		this.customer = this.people.someone("Watched Customer");
		this.fulfiller = this.people.someone("Watching Fulfiller", Role.FULFILLER);
		this.clock.set(LocalDate.of(2026, 3, 9).atTime(9, 0).toInstant(ZoneOffset.UTC)); // a
																							// Monday
	}

	@Test
	void watchesEveryPromiseOnTrackBatchAfterBatch() {
		List<Promise> placed = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			placed.add(promiseOf(this.ordering.place(this.customer, this.offering, 1)));
			this.clock.move(Duration.ofHours(1));
		}
		Instant lastDue = placed.stream().map(Promise::due).max(Comparator.naturalOrder()).orElseThrow();
		this.clock.set(lastDue.plus(Duration.ofHours(1)));

		assertThat(this.watch.watch()).isGreaterThanOrEqualTo(5);

		assertThat(placed).as("every promise, not just the first batch")
			.allSatisfy(p -> assertThat(this.promises.find(p.id()).orElseThrow().status())
				.isEqualTo(PromiseStatus.AT_RISK));
	}

	@Test
	void theThresholdTurnsAPromiseWithEvidenceAtRiskBeforeItsDueTime() {
		// History a month after the other tests' orders: of 40 orders placed at once, 36
		// arrive within two hours and 4 only at the end of the week.
		this.clock.set(Instant.parse("2026-04-06T09:00:00Z"));
		List<OrderId> history = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			OrderId order = this.ordering.place(this.customer, this.offering, 1);
			this.ordering.take(this.fulfiller, order);
			history.add(order);
		}
		this.clock.move(Duration.ofHours(2));
		history.subList(0, 36).forEach(order -> this.ordering.deliver(this.fulfiller, order));
		this.clock.set(Instant.parse("2026-04-10T15:00:00Z"));
		history.subList(36, 40).forEach(order -> this.ordering.deliver(this.fulfiller, order));
		// Each delivery closes its promise on the listener's thread: a watch among
		// them would turn the late ones at risk while they are being closed.
		await().atMost(Duration.ofSeconds(20))
			.until(() -> history.stream().noneMatch((order) -> this.promises.openFor(order).isPresent()));
		this.forecasts.relearn();

		this.clock.set(Instant.parse("2026-04-13T09:00:00Z"));
		Promise promise = promiseOf(this.ordering.place(this.customer, this.offering, 1));
		assertThat(promise.evidence()).isTrue();
		this.watch.watch();
		assertThat(statusOf(promise)).as("likely to arrive today").isEqualTo(PromiseStatus.OPEN);

		this.clock.move(Duration.ofHours(3));
		this.watch.watch();

		Promise atRisk = this.promises.find(promise.id()).orElseThrow();
		assertThat(atRisk.status()).isEqualTo(PromiseStatus.AT_RISK);
		assertThat(atRisk.chance()).isLessThan(this.forecasts.riskThreshold());
		assertThat(atRisk.atRiskAt()).isBefore(atRisk.due());
	}

	@Test
	void theThresholdTurnsAPromiseWithoutEvidenceAtRiskBeforeItsDueTime() {
		// A year after the other tests' orders, so that no segment has recent history.
		this.clock.set(Instant.parse("2027-03-08T09:00:00Z")); // a Monday
		OrderId order = this.ordering.place(this.customer, this.offering, 1);
		Promise promise = promiseOf(order);
		assertThat(promise.evidence()).isFalse();
		assertThat(promise.hours()).as("the offering's 3 business days").isEqualTo(27);

		this.clock.set(Instant.parse("2027-03-09T12:00:00Z")); // 12 of 27 hours used
		this.watch.watch();
		assertThat(statusOf(promise)).isEqualTo(PromiseStatus.OPEN);

		this.clock.set(Instant.parse("2027-03-10T12:00:00Z")); // 21 of 27 hours used
		this.watch.watch();

		Promise atRisk = this.promises.find(promise.id()).orElseThrow();
		assertThat(atRisk.status()).isEqualTo(PromiseStatus.AT_RISK);
		assertThat(atRisk.chance()).isLessThan(this.forecasts.riskThreshold());
		assertThat(atRisk.atRiskAt()).isBefore(atRisk.due());
		// An order left open in the future would push other tests' history out of the
		// window when the forecasts are relearnt.
		this.ordering.cancel(this.customer, order);
	}

	@Test
	void aDelayFlagRecordsWhoFlaggedItAndTheOrderPageShowsThem() throws Exception {
		OrderId order = this.ordering.place(this.customer, this.offering, 1);
		Promise promise = promiseOf(order);
		assertThat(promise.chance()).as("not estimated yet").isNull();

		this.mvc.perform(flag(order, "The supplier is late", "2026-03-30")).andExpect(status().is3xxRedirection());

		Promise flagged = this.promises.find(promise.id()).orElseThrow();
		assertThat(flagged.status()).isEqualTo(PromiseStatus.AT_RISK);
		assertThat(flagged.flaggedBy()).isEqualTo(this.fulfiller.id());
		this.mvc.perform(get("/orders/{id}", order.value()).with(user(this.people.principal(this.customer))))
			.andExpect(content().string(containsString("Flagged by " + this.fulfiller.displayName())));
	}

	@Test
	void refusesANewDateThatIsNotAfterThePromisedDateBesideTheField() throws Exception {
		OrderId order = this.ordering.place(this.customer, this.offering, 1);
		Promise promise = promiseOf(order);
		LocalDate promised = LocalDate.ofInstant(promise.due(), this.forecasts.calendar().zone());

		MvcResult refused = this.mvc.perform(flag(order, "The supplier is late", promised.toString()))
			.andExpect(redirectedUrl("/orders/" + order.value()))
			.andReturn();

		assertThat(statusOf(promise)).isEqualTo(PromiseStatus.OPEN);
		this.mvc
			.perform(get("/orders/{id}", order.value()).with(user(this.people.principal(this.fulfiller)))
				.flashAttrs(refused.getFlashMap()))
			.andExpect(content().string(containsString("id=\"delay-date-error\"")))
			.andExpect(content().string(containsString("must be after the date we promised (" + promised + ")")))
			.andExpect(content().string(containsString("The supplier is late")));
	}

	@Test
	void aFulfillerGivesTheDateAndReasonForAPromiseTheWatchTurnedAtRisk() throws Exception {
		OrderId order = this.ordering.place(this.customer, this.offering, 1);
		Promise promise = promiseOf(order);
		this.clock.set(promise.due().plus(Duration.ofHours(1)));
		this.watch.watch();
		Promise byWatch = this.promises.find(promise.id()).orElseThrow();
		assertThat(byWatch.status()).isEqualTo(PromiseStatus.AT_RISK);
		assertThat(byWatch.flaggedBy()).isNull();
		awaitCalls(order, 1);

		this.mvc.perform(flag(order, "Parts arrive next month", "2026-04-20"))
			.andExpect(flash().attributeExists("flashSuccess"));

		Promise flagged = this.promises.find(promise.id()).orElseThrow();
		assertThat(flagged.status()).isEqualTo(PromiseStatus.AT_RISK);
		assertThat(flagged.atRiskReason()).isEqualTo("Parts arrive next month");
		assertThat(flagged.flaggedBy()).isEqualTo(this.fulfiller.id());
		assertThat(LocalDate.ofInstant(flagged.newDue(), this.forecasts.calendar().zone()))
			.isEqualTo(LocalDate.of(2026, 4, 20));
		assertThat(flagged.atRiskAt()).as("warned since the watch's call").isEqualTo(byWatch.atRiskAt());
		awaitCalls(order, 2);
	}

	private MockHttpServletRequestBuilder flag(OrderId order, String reason, String newDate) {
		return post("/promises/orders/{id}/delay", order.value()).with(user(this.people.principal(this.fulfiller)))
			.with(csrf())
			.param("reason", reason)
			.param("newDate", newDate);
	}

	/** Waits until the customer has had so many retailer calls about the order. */
	private void awaitCalls(OrderId order, int calls) {
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.jdbc
				.sql("select count(*) from notice where recipient_id = :customer and kind = 'promise-at-risk'")
				.param("customer", this.customer.id().value())
				.query(Long.class)
				.single(), n -> n == calls);
	}

	private PromiseStatus statusOf(Promise promise) {
		return this.promises.find(promise.id()).orElseThrow().status();
	}

	private Promise promiseOf(OrderId order) {
		return await().atMost(Duration.ofSeconds(10))
			.until(() -> this.promises.openFor(order), p -> p.isPresent())
			.orElseThrow();
	}

}
