package org.shopfront;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.shopfront.catalog.CatalogFixture;
import org.shopfront.catalog.OfferingId;
import org.shopfront.ordering.OrderId;
import org.shopfront.ordering.OrderingFixture;
import org.shopfront.people.PeopleFixture;
import org.shopfront.people.PeopleFixture.Someone;
import org.shopfront.people.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What one order costs the event publication registry: every listener of an event gets a
 * row in {@code event_publication} (and runs in a transaction of its own), so these lists
 * are the publications, and the listener transactions, of placing one order and of
 * delivering it. A new listener shows here first.
 */
@ShopfrontTest
class EventPublicationsPerOrderTests {

	private static final Pattern LISTENER = Pattern.compile("\\.(\\w+)\\.on\\([\\w.]*\\.(\\w+)\\)");

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Test
	void placingAnOrderMakesNoPublicationAndDeliveringItFive() {
		PeopleFixture people = new PeopleFixture(this.context);
		CatalogFixture catalog = new CatalogFixture(this.context);
		OrderingFixture ordering = new OrderingFixture(this.context);
		OfferingId offering = catalog.service(catalog.need("Counted publications"),
				catalog.provider("Counted Provider"), "10");
		Someone customer = people.someone("Counted Customer");
		Someone fulfiller = people.someone("Counted Fulfiller", Role.FULFILLER);

		OrderId order = ordering.place(customer, offering, 1);
		assertThat(publications(order))
			.as("the promise, its ledger entry and the notices are made in the order's transaction")
			.isEmpty();

		ordering.take(fulfiller, order);
		ordering.deliver(fulfiller, order);
		assertThat(completedPublications(order, 5)).containsExactlyInAnyOrder("SurveyInvitations <- OrderDelivered",
				"OrderNotices <- OrderDelivered", "PromiseKeeping <- OrderDelivered", "PromiseLedger <- PromiseClosed",
				"Scoring <- PromiseClosed");
	}

	/**
	 * The order's publications once {@code expected} of them are complete, oldest first,
	 * as "listener <- event".
	 */
	private List<String> completedPublications(OrderId order, int expected) {
		await().atMost(Duration.ofSeconds(20)).until(() -> this.jdbc.sql("""
				select count(*) from event_publication
				where serialized_event like :order and completion_date is not null
				""").param("order", "%" + order.value() + "%").query(Long.class).single() >= expected);
		return publications(order);
	}

	private List<String> publications(OrderId order) {
		return this.jdbc.sql("""
				select listener_id from event_publication where serialized_event like :order
				order by publication_date, listener_id
				""").param("order", "%" + order.value() + "%").query(String.class).list().stream().map((id) -> {
			Matcher m = LISTENER.matcher(id);
			return m.find() ? m.group(1) + " <- " + m.group(2) : id;
		}).toList();
	}

}
