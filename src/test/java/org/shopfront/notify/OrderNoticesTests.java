package org.shopfront.notify;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shopfront.Redelivery;
import org.shopfront.ShopfrontTest;
import org.shopfront.catalog.CatalogFixture;
import org.shopfront.catalog.OfferingId;
import org.shopfront.ordering.OrderApproved;
import org.shopfront.ordering.OrderId;
import org.shopfront.ordering.OrderingFixture;
import org.shopfront.people.PeopleFixture;
import org.shopfront.people.PeopleFixture.Someone;
import org.shopfront.people.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Who is told what as an order moves, in the words of the message bundle; an event
 * handled twice tells nobody twice.
 */
@ShopfrontTest
@RecordApplicationEvents
class OrderNoticesTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OrderNotices notices;

	@Autowired
	ApplicationEvents events;

	OrderingFixture ordering;

	Someone manager;

	Someone customer;

	OfferingId expensive;

	@BeforeEach
	void fixture() {
		PeopleFixture people = new PeopleFixture(this.context);
		CatalogFixture catalog = new CatalogFixture(this.context);
		this.ordering = new OrderingFixture(this.context);
		this.manager = people.someone("Nora Notices", Role.BUSINESS_LEADER);
		this.customer = people.reportingTo(this.manager, "Carla Notices");
		this.expensive = catalog.good("3000", 5);
	}

	@Test
	void tellsTheCustomerTheOrderWaitsForTheirManagerAndTheManagerToDecide() {
		this.ordering.place(this.customer, this.expensive, 1);

		assertThat(subjectsOf(this.customer, 1)).singleElement()
			.satisfies(subject -> assertThat(subject).startsWith("We received your order"));
		assertThat(linesOf(this.customer)).contains("waits for approval by Nora Notices");
		assertThat(subjectsOf(this.manager, 1)).singleElement()
			.satisfies(subject -> assertThat(subject).startsWith("Carla Notices asks you to approve order"));
	}

	@Test
	void tellsTheCustomerWhyTheOrderWasRejected() {
		OrderId order = this.ordering.place(this.customer, this.expensive, 1);
		this.ordering.reject(this.manager, order, "Not in this year's budget");

		assertThat(subjectsOf(this.customer, 2))
			.anySatisfy(subject -> assertThat(subject).contains("was not approved"));
		assertThat(linesOf(this.customer)).contains("Their reason: Not in this year's budget");
	}

	@Test
	void tellsTheCustomerOnceEvenWhenTheEventArrivesTwice() {
		OrderId order = this.ordering.place(this.customer, this.expensive, 1);
		this.ordering.approve(this.manager, order);
		subjectsOf(this.customer, 2);

		// As after a restart that resubmits a publication whose listener had already run.
		OrderApproved approved = this.events.stream(OrderApproved.class)
			.filter(event -> event.orderId().equals(order))
			.findFirst()
			.orElseThrow();
		new Redelivery(this.context).handle(this.notices, (notices) -> notices.on(approved));

		assertThat(subjectsOf(this.customer, 2)).filteredOn(subject -> subject.contains("was approved")).hasSize(1);
	}

	List<String> subjectsOf(Someone someone, int atLeast) {
		await().atMost(Duration.ofSeconds(10)).until(() -> subjects(someone).size() >= atLeast);
		return subjects(someone);
	}

	List<String> subjects(Someone someone) {
		return this.jdbc.sql("select subject from notice where recipient_id = :id order by created_at")
			.param("id", someone.id().value())
			.query(String.class)
			.list();
	}

	String linesOf(Someone someone) {
		return String.join("\n",
				this.jdbc.sql("select body from notice where recipient_id = :id")
					.param("id", someone.id().value())
					.query(String.class)
					.list());
	}

}
