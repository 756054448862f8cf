package org.shopfront.ordering;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shopfront.ShopfrontTest;
import org.shopfront.catalog.Catalog;
import org.shopfront.catalog.CatalogFixture;
import org.shopfront.catalog.OfferingId;
import org.shopfront.catalog.OrderableOffering;
import org.shopfront.ordering.OrderImport.HistoricOrder;
import org.shopfront.ordering.OrderImport.Step;
import org.shopfront.ordering.OrderStep.Kind;
import org.shopfront.people.Directory;
import org.shopfront.people.PeopleFixture;
import org.shopfront.people.Person;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Recording orders from before Shopfront: each stands where its timeline has got to,
 * numbers follow the order of placing, and stock is left alone.
 */
@ShopfrontTest
class OrderImportTests {

	private static final Instant LAST_YEAR = Instant.parse("2025-03-02T09:00:00Z");

	@Autowired
	OrderImport imports;

	@Autowired
	Catalog catalog;

	@Autowired
	Directory directory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Test
	void eachOrderStandsWhereItsTimelineHasGot() {
		PeopleFixture people = new PeopleFixture(this.context);
		Person manager = person(people.someone("Import Manager"));
		Person customer = person(people.reportingTo(people.someone("Import Manager"), "Import Customer"));
		Person fulfiller = person(people.someone("Import Fulfiller"));
		OfferingId good = new CatalogFixture(this.context).good("300", 5, "Who is it for?", "Cost centre");
		OrderableOffering offering = this.catalog.orderable(good);

		HistoricOrder delivered = new HistoricOrder(customer, offering, 2, List.of("Jo", "CC-1"),
				List.of(step(Kind.PLACED, customer, 0), step(Kind.SENT_FOR_APPROVAL, manager, 0),
						step(Kind.APPROVED, manager, 5), step(Kind.TAKEN, fulfiller, 9),
						new Step(Kind.NOTE, fulfiller, "On its way.", at(10)), step(Kind.DELIVERED, fulfiller, 30)));
		HistoricOrder rejected = new HistoricOrder(customer, offering, 1, List.of("Jo"),
				List.of(step(Kind.PLACED, customer, -100), step(Kind.SENT_FOR_APPROVAL, manager, -100),
						new Step(Kind.REJECTED, manager, "Not now.", at(-90))));
		int lines = this.imports.recordPast(List.of(delivered, rejected));

		assertThat(lines).isEqualTo(9);
		OrderingFixture orders = new OrderingFixture(this.context);
		List<Order> stored = this.jdbc
			.sql("select id from purchase_order where customer_id = :customer order by placed_at")
			.param("customer", customer.id().value())
			.query((rs, n) -> orders.order(new OrderId(rs.getObject(1, UUID.class))))
			.list();
		assertThat(stored).hasSize(2);
		Order first = stored.get(0);
		Order second = stored.get(1);
		assertThat(first.status()).isEqualTo(OrderStatus.REJECTED);
		assertThat(first.closedAt()).isEqualTo(at(-90));
		assertThat(second.status()).isEqualTo(OrderStatus.DELIVERED);
		assertThat(second.fulfillerId()).isEqualTo(fulfiller.id());
		assertThat(second.deliveredAt()).isEqualTo(at(30));
		assertThat(second.closedAt()).isNull();
		assertThat(second.details()).extracting(Order.Detail::answer).containsExactly("Jo", "CC-1");
		assertThat(orders.timeline(second.id())).containsExactly(Kind.PLACED, Kind.SENT_FOR_APPROVAL, Kind.APPROVED,
				Kind.TAKEN, Kind.NOTE, Kind.DELIVERED);
		assertThat(first.number()).as("numbered in the order they were placed").isLessThan(second.number());
		assertThat(this.catalog.orderable(good).stock()).as("stock left alone").isEqualTo(5);
		assertThat(this.imports.orderBookIsEmpty()).isFalse();
	}

	@Test
	void refusesATimelineThatDoesNotBeginWithPlacing() {
		PeopleFixture people = new PeopleFixture(this.context);
		Person customer = person(people.someone("Import Latecomer"));
		OrderableOffering offering = this.catalog
			.orderable(new CatalogFixture(this.context).good("10", 1, "Who is it for?"));
		assertThatIllegalArgumentException().isThrownBy(
				() -> new HistoricOrder(customer, offering, 1, List.of(), List.of(step(Kind.DELIVERED, customer, 0))));
	}

	private Person person(PeopleFixture.Someone someone) {
		return this.directory.require(someone.id());
	}

	private static Step step(Kind kind, Person actor, int hours) {
		return new Step(kind, actor, null, at(hours));
	}

	private static Instant at(int hours) {
		return LAST_YEAR.plus(Duration.ofHours(hours));
	}

}
