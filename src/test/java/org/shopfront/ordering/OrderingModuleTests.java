package org.shopfront.ordering;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shopfront.catalog.CatalogFixture;
import org.shopfront.catalog.OfferingId;
import org.shopfront.people.PeopleFixture;
import org.shopfront.people.PeopleFixture.Someone;
import org.shopfront.people.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ordering module on its own (with the people and catalog modules it depends on)
 * announces what happens to orders as events other modules can listen to.
 */
// The shared kernel holds the clock; ordering only refers to java.time.Clock, so Modulith
// does not count shared as a bean dependency and needs to be told.
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "shared")
class OrderingModuleTests {

	@Autowired
	ApplicationContext context;

	CatalogFixture catalog;

	OrderingFixture ordering;

	Someone customer;

	Someone fulfiller;

	@BeforeEach
	void fixture() {
		PeopleFixture people = new PeopleFixture(this.context);
		this.catalog = new CatalogFixture(this.context);
		this.ordering = new OrderingFixture(this.context);
		Someone manager = people.someone("Module Manager", Role.BUSINESS_LEADER);
		this.customer = people.reportingTo(manager, "Module Customer");
		this.fulfiller = people.someone("Module Fulfiller", Role.FULFILLER);
	}

	@Test
	void placingAnOrderPublishesOrderPlaced(Scenario scenario) {
		OfferingId laptop = this.catalog.good("100", 5);
		scenario.stimulate(() -> this.ordering.place(this.customer, laptop, 2))
			.andWaitForEventOfType(OrderPlaced.class)
			.matching(event -> event.offeringId().equals(laptop))
			.toArriveAndVerify((event, id) -> {
				assertThat(event.orderId()).isEqualTo(id);
				assertThat(event.customerId()).isEqualTo(this.customer.id());
				assertThat(event.quantity()).isEqualTo(2);
				assertThat(event.awaitingApproval()).isFalse();
			});
	}

	@Test
	void placingAnExpensiveOrderPublishesThatItAwaitsApproval(Scenario scenario) {
		OfferingId laptop = this.catalog.good("5000", 5);
		scenario.stimulate(() -> this.ordering.place(this.customer, laptop, 1))
			.andWaitForEventOfType(OrderPlaced.class)
			.matching(event -> event.offeringId().equals(laptop))
			.toArriveAndVerify(event -> assertThat(event.awaitingApproval()).isTrue());
	}

	@Test
	void deliveringAnOrderPublishesOrderDelivered(Scenario scenario) {
		OrderId id = this.ordering.place(this.customer, this.catalog.good("100", 5), 1);
		this.ordering.take(this.fulfiller, id);
		scenario.stimulate(() -> this.ordering.deliver(this.fulfiller, id))
			.andWaitForEventOfType(OrderDelivered.class)
			.matching(event -> event.orderId().equals(id))
			.toArriveAndVerify(event -> {
				assertThat(event.customerId()).isEqualTo(this.customer.id());
				assertThat(event.deliveredAt()).isAfterOrEqualTo(event.placedAt());
			});
	}

}
