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

	private Promise promiseOf(OrderId order) {
		return await().atMost(Duration.ofSeconds(10))
			.until(() -> this.promises.openFor(order), p -> p.isPresent())
			.orElseThrow();
	}

}
