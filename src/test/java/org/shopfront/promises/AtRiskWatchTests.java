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
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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

	private PromiseStatus statusOf(Promise promise) {
		return this.promises.find(promise.id()).orElseThrow().status();
	}

	private Promise promiseOf(OrderId order) {
		return await().atMost(Duration.ofSeconds(10))
			.until(() -> this.promises.openFor(order), p -> p.isPresent())
			.orElseThrow();
	}

}
