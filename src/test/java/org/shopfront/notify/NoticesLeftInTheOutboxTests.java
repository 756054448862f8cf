package org.shopfront.notify;

import java.util.List;
import java.util.UUID;

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

/**
 * An {@code OrderPlaced} the previous release left in the outbox for notify's listener,
 * which is gone since a placed order's notices are stored in the order's transaction
 * (decision 0045), gets its notice at start, once. The left-over is made here from an
 * order placed now: its notices are taken away and its event put back in the outbox under
 * the old listener's name.
 */
@ShopfrontTest
@RecordApplicationEvents
class NoticesLeftInTheOutboxTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	ApplicationEvents events;

	@Autowired
	NoticesLeftInTheOutbox leftOvers;

	OrderingFixture ordering;

	OfferingId offering;

	Someone customer;

	@BeforeEach
	void store() {
		PeopleFixture people = new PeopleFixture(this.context);
		CatalogFixture catalog = new CatalogFixture(this.context);
		this.ordering = new OrderingFixture(this.context);
		this.offering = catalog.service(catalog.need("Notices left"), catalog.provider("Notices Provider"), "10");
		this.customer = people.someone("Nils Leftover");
	}

	@Test
	void anOrderLeftInTheOutboxGetsItsNoticeOnceAndItsPublicationCompletes() {
		OrderId order = this.ordering.place(this.customer, this.offering, 1);
		this.jdbc.sql("delete from notice where recipient_id = ?").param(this.customer.id().value()).update();
		UUID publication = putBack(order);

		assertThat(this.leftOvers.finishAll()).isOne();
		assertThat(this.leftOvers.finishAll()).isZero();

		assertThat(kinds()).containsExactly("order-placed");
		assertThat(OutboxLeftOvers.completed(this.jdbc, publication)).isTrue();
	}

	@Test
	void anOrderThatHasItsNoticeIsNotToldAgain() {
		OrderId order = this.ordering.place(this.customer, this.offering, 1);
		UUID publication = putBack(order);

		this.leftOvers.finishAll();

		assertThat(kinds()).containsExactly("order-placed");
		assertThat(OutboxLeftOvers.completed(this.jdbc, publication)).isTrue();
	}

	private UUID putBack(OrderId order) {
		return OutboxLeftOvers.putBackPlaced(this.jdbc, this.json, NoticesLeftInTheOutbox.OLD_LISTENER, this.events,
				order);
	}

	private List<String> kinds() {
		return this.jdbc.sql("select kind from notice where recipient_id = ?")
			.param(this.customer.id().value())
			.query(String.class)
			.list();
	}

}
