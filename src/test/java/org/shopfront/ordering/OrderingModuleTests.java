package org.shopfront.ordering;

import java.math.BigDecimal;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shopfront.catalog.CatalogFixture;
import org.shopfront.catalog.OfferingId;
import org.shopfront.people.PeopleFixture;
import org.shopfront.people.PeopleFixture.Someone;
import org.shopfront.people.Role;
import org.shopfront.people.UnitId;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ordering module on its own (with the people and catalog modules it depends on)
 * announces what happens to orders as events other modules can listen to, carrying what
 * their listeners tell and count, so that none of them has to ask back.
 */
// The shared kernel holds the clock; ordering only refers to java.time.Clock, so Modulith
// does not count shared as a bean dependency and needs to be told.
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "shared")
class OrderingModuleTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	CatalogFixture catalog;

	PeopleFixture people;

	Someone manager;

	OrderingFixture ordering;

	Someone customer;

	Someone fulfiller;

	@BeforeEach
	void fixture() {
		this.people = new PeopleFixture(this.context);
		this.catalog = new CatalogFixture(this.context);
		this.ordering = new OrderingFixture(this.context);
		this.manager = this.people.someone("Module Manager", Role.BUSINESS_LEADER);
		this.customer = this.people.reportingTo(this.manager, "Module Customer");
		this.fulfiller = this.people.someone("Module Fulfiller", Role.FULFILLER);
	}

	@Test
	void placingAnOrderPublishesOrderPlaced(Scenario scenario) {
		OfferingId laptop = this.catalog.good("100", 5);
		scenario.stimulate(() -> this.ordering.place(this.customer, laptop, 2))
			.andWaitForEventOfType(OrderPlaced.class)
			.matching(event -> event.offeringId().equals(laptop))
			.toArriveAndVerify((event, id) -> {
				assertThat(event.orderId()).isEqualTo(id);
				assertThat(event.order().customerId()).isEqualTo(this.customer.id());
				assertThat(event.order().quantity()).isEqualTo(2);
				assertThat(event.order().number()).isPositive();
				assertThat(event.order().offeringTitle()).startsWith("Good ");
				assertThat(event.order().firstYearValue()).isEqualByComparingTo(new BigDecimal("200"));
				assertThat(event.order().customerName()).isEqualTo(this.customer.displayName());
				assertThat(event.order().managerId()).isEqualTo(this.manager.id());
				assertThat(event.awaitingApproval()).isFalse();
				assertThat(event.managerName()).as("only named when asked to approve").isNull();
			});
	}

	@Test
	void placingAnExpensiveOrderPublishesThatItAwaitsApproval(Scenario scenario) {
		OfferingId laptop = this.catalog.good("5000", 5);
		scenario.stimulate(() -> this.ordering.place(this.customer, laptop, 1))
			.andWaitForEventOfType(OrderPlaced.class)
			.matching(event -> event.offeringId().equals(laptop))
			.toArriveAndVerify(event -> {
				assertThat(event.awaitingApproval()).isTrue();
				assertThat(event.managerName()).isEqualTo(this.manager.displayName());
			});
	}

	@Test
	void deliveringAnOrderPublishesOrderDeliveredWithTheUnitsItCountsFor(Scenario scenario) {
		UnitId team = this.people.unit("Module Team", this.fulfiller);
		this.jdbc.sql("update app_user set unit_id = :unit where id = :id")
			.param("unit", team.value())
			.param("id", this.fulfiller.id().value())
			.update();
		OrderId id = this.ordering.place(this.customer, this.catalog.good("100", 5), 1);
		this.ordering.take(this.fulfiller, id);
		scenario.stimulate(() -> this.ordering.deliver(this.fulfiller, id))
			.andWaitForEventOfType(OrderDelivered.class)
			.matching(event -> event.orderId().equals(id))
			.toArriveAndVerify(event -> {
				assertThat(event.order().customerId()).isEqualTo(this.customer.id());
				assertThat(event.deliveredAt()).isAfterOrEqualTo(event.placedAt());
				assertThat(event.units().fulfiller()).isEqualTo(team);
				assertThat(event.units().customer()).as("the customer is in no unit").isNull();
			});
	}

}
