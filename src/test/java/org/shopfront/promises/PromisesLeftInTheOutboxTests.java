package org.shopfront.promises;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shopfront.OutboxLeftOvers;
import org.shopfront.ShopfrontTest;
import org.shopfront.catalog.CatalogFixture;
import org.shopfront.catalog.OfferingId;
import org.shopfront.ordering.OrderId;
import org.shopfront.ordering.OrderingFixture;
import org.shopfront.people.PeopleFixture;
import org.shopfront.people.PeopleFixture.Someone;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An {@code OrderPlaced} the previous release left in the outbox for its promise
 * listener, which is gone since promises are made in the order's transaction (decision
 * 0034), gets its promise at start, exactly once, as the old listener made it. The
 * left-over is made here from an order placed now: its promise is taken away and its
 * event put back in the outbox under the old listener's name.
 */
@ShopfrontTest
@RecordApplicationEvents
class PromisesLeftInTheOutboxTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PromisesLeftInTheOutbox leftOvers;

	@Autowired
	JsonMapper json;

	@Autowired
	ApplicationEvents events;

	OrderingFixture ordering;

	OfferingId offering;

	Someone customer;

	@BeforeEach
	void store() {
		PeopleFixture people = new PeopleFixture(this.context);
		CatalogFixture catalog = new CatalogFixture(this.context);
		this.ordering = new OrderingFixture(this.context);
		this.offering = catalog.service(catalog.need("Left in the outbox"), catalog.provider("Outbox Provider"), "10");
		this.customer = people.someone("Outbox Customer");
	}

	@Test
	void anOrderLeftInTheOutboxGetsOnePromiseAndItsPublicationCompletes() {
		OrderId order = this.ordering.place(this.customer, this.offering, 1);
		UUID publication = leftWithoutPromise(order);

		this.leftOvers.finishAll();
		this.leftOvers.finishAll();

		assertThat(statuses(order)).containsExactly("OPEN");
		assertThat(completed(publication)).isTrue();
	}

	@Test
	void anOrderThatEndedMeanwhileGetsItsPromiseClosed() {
		OrderId order = this.ordering.place(this.customer, this.offering, 1);
		this.ordering.cancel(this.customer, order);
		// The cancellation closes the promise on the listener's thread; take the promise
		// away only once it has, so the listener never finds it gone halfway.
		await().atMost(Duration.ofSeconds(10)).until(() -> statuses(order).equals(List.of("CANCELLED")));
		UUID publication = leftWithoutPromise(order);

		this.leftOvers.finishAll();

		assertThat(statuses(order)).containsExactly("CANCELLED");
		assertThat(completed(publication)).isTrue();
	}

	@Test
	void anOrderThatHasItsPromiseIsNotPromisedAgain() {
		OrderId order = this.ordering.place(this.customer, this.offering, 1);
		UUID publication = putBack(order);

		this.leftOvers.finishAll();

		assertThat(statuses(order)).containsExactly("OPEN");
		assertThat(completed(publication)).isTrue();
	}

	@Test
	void twoNodesStartingTogetherMakeOnePromise() throws Exception {
		OrderId order = this.ordering.place(this.customer, this.offering, 1);
		UUID publication = leftWithoutPromise(order);
		CyclicBarrier together = new CyclicBarrier(2);

		List<CompletableFuture<Integer>> nodes = List.of(startingNode(together), startingNode(together));

		int finished = 0;
		for (CompletableFuture<Integer> node : nodes) {
			finished += node.get();
		}
		assertThat(finished).isEqualTo(1);
		assertThat(statuses(order)).containsExactly("OPEN");
		assertThat(completed(publication)).isTrue();
	}

	private CompletableFuture<Integer> startingNode(CyclicBarrier together) {
		return CompletableFuture.supplyAsync(() -> {
			try {
				together.await();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
			return this.leftOvers.finishAll();
		});
	}

	/**
	 * The order as the previous release left it: no promise yet, and its
	 * {@code OrderPlaced} waiting for the old promise listener.
	 */
	private UUID leftWithoutPromise(OrderId order) {
		this.jdbc.sql("delete from promise where order_id = ?").param(order.value()).update();
		return putBack(order);
	}

	private UUID putBack(OrderId order) {
		return OutboxLeftOvers.putBackPlaced(this.jdbc, this.json, PromisesLeftInTheOutbox.OLD_LISTENER, this.events,
				order);
	}

	private List<String> statuses(OrderId order) {
		return this.jdbc.sql("select status from promise where order_id = ?")
			.param(order.value())
			.query(String.class)
			.list();
	}

	private boolean completed(UUID publication) {
		return OutboxLeftOvers.completed(this.jdbc, publication);
	}

}
