package org.shopfront.promises;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shopfront.ShopfrontTest;
import org.shopfront.catalog.CatalogFixture;
import org.shopfront.catalog.OfferingId;
import org.shopfront.ordering.OrderId;
import org.shopfront.ordering.OrderingFixture;
import org.shopfront.people.PeopleFixture;
import org.shopfront.people.PeopleFixture.Someone;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

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
class PromisesLeftInTheOutboxTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PromisesLeftInTheOutbox leftOvers;

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
		UUID publication = leftWithoutPromise(order);

		this.leftOvers.finishAll();

		assertThat(statuses(order)).containsExactly("CANCELLED");
		assertThat(completed(publication)).isTrue();
	}

	@Test
	void anOrderThatHasItsPromiseIsNotPromisedAgain() {
		OrderId order = this.ordering.place(this.customer, this.offering, 1);
		awaitPublicationsCompleted(order);
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
		awaitPublicationsCompleted(order);
		this.jdbc.sql("delete from promise where order_id = ?").param(order.value()).update();
		return putBack(order);
	}

	private UUID putBack(OrderId order) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, status,
				                               completion_attempts)
				select ?, ?, event_type, serialized_event, publication_date, 'PUBLISHED', 0
				from event_publication
				where listener_id = 'org.shopfront.notify.OrderNotices.on(org.shopfront.ordering.OrderPlaced)'
				  and serialized_event like ?""")
			.params(id, PromisesLeftInTheOutbox.OLD_LISTENER, "%" + order.value() + "%")
			.update();
		return id;
	}

	private void awaitPublicationsCompleted(OrderId order) {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.jdbc
				.sql("select count(*) from event_publication where serialized_event like ? and completion_date is null")
				.param("%" + order.value() + "%")
				.query(Long.class)
				.single() == 0);
	}

	private List<String> statuses(OrderId order) {
		return this.jdbc.sql("select status from promise where order_id = ?")
			.param(order.value())
			.query(String.class)
			.list();
	}

	private boolean completed(UUID publication) {
		return this.jdbc.sql("select completion_date is not null from event_publication where id = ?")
			.param(publication)
			.query(Boolean.class)
			.single();
	}

}
