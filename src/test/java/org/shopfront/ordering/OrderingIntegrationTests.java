package org.shopfront.ordering;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.shopfront.shared.paging.PageRequest;
import org.shopfront.ShopfrontTest;
import org.shopfront.catalog.CatalogFixture;
import org.shopfront.catalog.OfferingId;
import org.shopfront.people.PeopleFixture;
import org.shopfront.people.PeopleFixture.Someone;
import org.shopfront.people.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shopfront.ordering.OrderStep.Kind.APPROVED;
import static org.shopfront.ordering.OrderStep.Kind.CANCELLED;
import static org.shopfront.ordering.OrderStep.Kind.CONFIRMED;
import static org.shopfront.ordering.OrderStep.Kind.DELIVERED;
import static org.shopfront.ordering.OrderStep.Kind.NOTE;
import static org.shopfront.ordering.OrderStep.Kind.PLACED;
import static org.shopfront.ordering.OrderStep.Kind.REJECTED;
import static org.shopfront.ordering.OrderStep.Kind.SENT_FOR_APPROVAL;
import static org.shopfront.ordering.OrderStep.Kind.TAKEN;

/**
 * Placing and moving orders through the real services on the test database (H2 or
 * PostgreSQL): approval routing, stock, timeline, and what happens when people race.
 */
@ShopfrontTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrderingIntegrationTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	OrderingProperties properties;

	@Autowired
	PlacingOrder placing;

	@Autowired
	MovingOrder moving;

	@Autowired
	OrderQueries queries;

	PeopleFixture people;

	CatalogFixture catalog;

	OrderingFixture ordering;

	Someone manager;

	Someone customer;

	Someone fulfiller;

	Someone otherFulfiller;

	Someone stranger;

	/** People are made once per class: creating an account runs BCrypt. */
	@BeforeAll
	void fixture() {
		this.people = new PeopleFixture(this.context);
		this.catalog = new CatalogFixture(this.context);
		this.ordering = new OrderingFixture(this.context);
		this.manager = this.people.someone("Ada Manager", Role.BUSINESS_LEADER);
		this.customer = this.people.reportingTo(this.manager, "Grace Customer");
		this.fulfiller = this.people.someone("Linus Fulfiller", Role.FULFILLER);
		this.otherFulfiller = this.people.someone("Margaret Fulfiller", Role.FULFILLER);
		this.stranger = this.people.someone("Nosy Stranger", Role.BUSINESS_LEADER);
	}

	String aboveThreshold() {
		return this.properties.approvalThreshold().add(java.math.BigDecimal.ONE).toPlainString();
	}

	String atThreshold() {
		return this.properties.approvalThreshold().toPlainString();
	}

	@Test
	void orderAboveTheThresholdWaitsForTheCustomersManager() {
		OfferingId laptop = this.catalog.good(aboveThreshold(), 5);
		OrderId id = this.ordering.place(this.customer, laptop, 1);
		Order order = this.ordering.order(id);
		assertThat(order.status()).isEqualTo(OrderStatus.AWAITING_APPROVAL);
		assertThat(order.managerId()).isEqualTo(this.manager.id());
		assertThat(this.ordering.timeline(id)).containsExactly(PLACED, SENT_FOR_APPROVAL);
		assertThat(this.queries
			.awaitingApprovalBy(this.ordering.viewer(this.manager), OrderSort.PLACED, PageRequest.first(200))
			.items()).extracting(OrderSummary::id).contains(id.value());
	}

	@Test
	void orderAtTheThresholdGoesStraightToTheQueue() {
		OfferingId laptop = this.catalog.good(atThreshold(), 5);
		OrderId id = this.ordering.place(this.customer, laptop, 1);
		assertThat(this.ordering.status(id)).isEqualTo(OrderStatus.OPEN);
		assertThat(this.ordering.timeline(id)).containsExactly(PLACED);
		assertThat(this.queries
			.queue(this.ordering.viewer(this.fulfiller), QueueFilter.open(), OrderSort.PLACED, PageRequest.first(200))
			.items()).extracting(OrderSummary::id).contains(id.value());
	}

	@Test
	void quantityCountsTowardsTheThreshold() {
		OfferingId cheap = this.catalog.good(atThreshold(), 5);
		OrderId two = this.ordering.place(this.customer, cheap, 2);
		assertThat(this.ordering.status(two)).isEqualTo(OrderStatus.AWAITING_APPROVAL);
	}

	@Test
	void placingTakesStockAndCopiesTheAnswers() {
		OfferingId laptop = this.catalog.good("100", 5, "Who is it for?");
		OrderId id = this.ordering.place(this.customer, laptop, 2, "Grace");
		assertThat(this.catalog.stockOf(laptop)).isEqualTo(3);
		assertThat(this.ordering.order(id).details()).containsExactly(new Order.Detail("Who is it for?", "Grace"));
	}

	@Test
	void servicesHaveNoStockToTake() {
		OfferingId mailbox = this.catalog.service(this.catalog.need("Mail"), this.catalog.provider("Mail team"), "5");
		this.ordering.place(this.customer, mailbox, 3);
		assertThat(this.catalog.stockOf(mailbox)).isNull();
	}

	@Test
	void refusesMoreThanIsLeftAndTakesNothing() {
		OfferingId laptop = this.catalog.good("100", 2);
		assertThatThrownBy(() -> this.ordering.place(this.customer, laptop, 3)).isInstanceOf(InvalidOrder.class)
			.extracting(ex -> ((InvalidOrder) ex).field())
			.isEqualTo("quantity");
		assertThat(this.catalog.stockOf(laptop)).isEqualTo(2);
	}

	@Test
	void refusesAnOrderThatMissesAnAnswer() {
		OfferingId laptop = this.catalog.good("100", 2, "Who is it for?");
		assertThatThrownBy(() -> this.ordering.place(this.customer, laptop, 1, " ")).isInstanceOf(InvalidOrder.class)
			.extracting(ex -> ((InvalidOrder) ex).field())
			.isEqualTo("answers[0]");
		assertThat(this.catalog.stockOf(laptop)).isEqualTo(2);
	}

	@Test
	void refusesAnOrderNeedingApprovalFromSomeoneWithoutManagerAndTakesNoStock() {
		Someone loner = this.fulfiller;
		OfferingId laptop = this.catalog.good(aboveThreshold(), 2);
		assertThatThrownBy(() -> this.ordering.place(loner, laptop, 1)).isInstanceOf(InvalidOrder.class);
		assertThat(this.catalog.stockOf(laptop)).isEqualTo(2);
	}

	@Test
	void refusesAnUnknownOffering() {
		assertThatThrownBy(() -> this.ordering.place(this.customer, new OfferingId(UUID.randomUUID()), 1))
			.isInstanceOf(org.shopfront.catalog.OfferingNotFound.class);
	}

	@Test
	void followsTheWholeJourneyOnTheTimeline() {
		OfferingId laptop = this.catalog.good(aboveThreshold(), 5);
		OrderId id = this.ordering.place(this.customer, laptop, 1);
		this.ordering.approve(this.manager, id);
		assertThat(this.ordering.status(id)).isEqualTo(OrderStatus.OPEN);
		this.ordering.take(this.fulfiller, id);
		assertThat(this.ordering.order(id).fulfillerId()).isEqualTo(this.fulfiller.id());
		this.moving.note(this.ordering.viewer(this.fulfiller), id, "Ordered from the supplier");
		this.ordering.deliver(this.fulfiller, id);
		assertThat(this.ordering.order(id).deliveredAt()).isNotNull();
		this.ordering.confirm(this.customer, id);
		Order confirmed = this.ordering.order(id);
		assertThat(confirmed.status()).isEqualTo(OrderStatus.CONFIRMED);
		assertThat(confirmed.closedAt()).isNotNull();
		assertThat(confirmed.version()).isEqualTo(4);
		assertThat(this.ordering.timeline(id)).containsExactly(PLACED, SENT_FOR_APPROVAL, APPROVED, TAKEN, NOTE,
				DELIVERED, CONFIRMED);
		assertThat(this.queries.timeline(id)).filteredOn(step -> step.kind() == NOTE)
			.extracting(OrderStep::note)
			.containsExactly("Ordered from the supplier");
		assertThat(this.catalog.stockOf(laptop)).isEqualTo(4);
	}

	@Test
	void rejectionReturnsTheStockAndRecordsTheReason() {
		OfferingId laptop = this.catalog.good(aboveThreshold(), 5);
		OrderId id = this.ordering.place(this.customer, laptop, 2);
		assertThat(this.catalog.stockOf(laptop)).isEqualTo(3);
		this.ordering.reject(this.manager, id, "Not this quarter");
		assertThat(this.ordering.status(id)).isEqualTo(OrderStatus.REJECTED);
		assertThat(this.catalog.stockOf(laptop)).isEqualTo(5);
		assertThat(this.queries.timeline(id)).last().satisfies(step -> {
			assertThat(step.kind()).isEqualTo(REJECTED);
			assertThat(step.note()).isEqualTo("Not this quarter");
			assertThat(step.actorName()).isEqualTo(this.manager.displayName());
		});
	}

	@Test
	void cancellingReturnsTheStock() {
		OfferingId laptop = this.catalog.good("100", 5);
		OrderId id = this.ordering.place(this.customer, laptop, 2);
		this.ordering.cancel(this.customer, id);
		assertThat(this.ordering.status(id)).isEqualTo(OrderStatus.CANCELLED);
		assertThat(this.catalog.stockOf(laptop)).isEqualTo(5);
		assertThat(this.ordering.timeline(id)).containsExactly(PLACED, CANCELLED);
	}

	@Test
	void refusesCancellingOnceWorkStartedAndKeepsTheStockTaken() {
		OfferingId laptop = this.catalog.good("100", 5);
		OrderId id = this.ordering.place(this.customer, laptop, 2);
		this.ordering.take(this.fulfiller, id);
		assertThatThrownBy(() -> this.ordering.cancel(this.customer, id)).isInstanceOf(OrderConflict.class);
		assertThat(this.catalog.stockOf(laptop)).isEqualTo(3);
		assertThat(this.ordering.status(id)).isEqualTo(OrderStatus.IN_PROGRESS);
	}

	@Test
	void refusesDeliveryOfOrderAwaitingApproval() {
		OrderId id = this.ordering.place(this.customer, this.catalog.good(aboveThreshold(), 5), 1);
		assertThatThrownBy(() -> this.ordering.deliver(this.fulfiller, id)).isInstanceOf(OrderConflict.class);
		assertThat(this.ordering.status(id)).isEqualTo(OrderStatus.AWAITING_APPROVAL);
	}

	@Test
	void onlyTheCustomersManagerApproves() {
		OrderId id = this.ordering.place(this.customer, this.catalog.good(aboveThreshold(), 5), 1);
		Someone otherManager = this.stranger;
		assertThatThrownBy(() -> this.ordering.approve(this.fulfiller, id)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.ordering.approve(this.customer, id)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.ordering.approve(otherManager, id)).isInstanceOf(OrderNotFound.class);
		assertThat(this.ordering.status(id)).isEqualTo(OrderStatus.AWAITING_APPROVAL);
	}

	@Test
	void onlyFulfillersTakeAndDeliver() {
		OrderId id = this.ordering.place(this.customer, this.catalog.good("100", 5), 1);
		assertThatThrownBy(() -> this.ordering.take(this.manager, id)).isInstanceOf(AccessDeniedException.class);
		this.ordering.take(this.fulfiller, id);
		assertThatThrownBy(() -> this.ordering.deliver(this.manager, id)).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void onlyTheCustomerConfirmsAndCancels() {
		OrderId id = this.ordering.place(this.customer, this.catalog.good("100", 5), 1);
		assertThatThrownBy(() -> this.ordering.cancel(this.manager, id)).isInstanceOf(AccessDeniedException.class);
		this.ordering.take(this.fulfiller, id);
		this.ordering.deliver(this.fulfiller, id);
		assertThatThrownBy(() -> this.ordering.confirm(this.fulfiller, id)).isInstanceOf(AccessDeniedException.class);
		this.ordering.confirm(this.customer, id);
	}

	@Test
	void anotherCustomersOrderLooksAsIfItDidNotExist() {
		OrderId id = this.ordering.place(this.customer, this.catalog.good("100", 5), 1);
		Someone stranger = this.stranger;
		assertThatThrownBy(() -> this.queries.visible(this.ordering.viewer(stranger), id))
			.isInstanceOf(OrderNotFound.class);
		assertThatThrownBy(() -> this.ordering.cancel(stranger, id)).isInstanceOf(OrderNotFound.class);
		assertThat(
				this.queries.placedBy(this.ordering.viewer(stranger), OrderSort.PLACED, PageRequest.first(50)).items())
			.isEmpty();
	}

	@Test
	void twoFulfillersTakingTheSameOrderAtOnceOnlyOneWins() throws Exception {
		OrderId id = this.ordering.place(this.customer, this.catalog.good("100", 5), 1);
		Someone other = this.otherFulfiller;
		List<Outcome> outcomes = race(
				List.of(() -> this.ordering.take(this.fulfiller, id), () -> this.ordering.take(other, id)));
		assertThat(outcomes).filteredOn(Outcome::succeeded).hasSize(1);
		assertThat(outcomes).filteredOn(o -> !o.succeeded())
			.singleElement()
			.satisfies(o -> assertThat(o.failure()).isInstanceOf(OrderConflict.class));
		Order taken = this.ordering.order(id);
		assertThat(taken.status()).isEqualTo(OrderStatus.IN_PROGRESS);
		assertThat(taken.fulfillerId()).isIn(this.fulfiller.id(), other.id());
		assertThat(this.ordering.timeline(id)).containsExactly(PLACED, TAKEN);
	}

	@Test
	void twentyOrdersRacingForFiveItemsExactlyFiveSucceed() throws Exception {
		OfferingId laptop = this.catalog.good("100", 5);
		List<Runnable> orders = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			orders.add(() -> this.ordering.place(this.customer, laptop, 1));
		}
		List<Outcome> outcomes = race(orders);
		assertThat(outcomes).filteredOn(Outcome::succeeded).hasSize(5);
		assertThat(outcomes).filteredOn(o -> !o.succeeded())
			.allSatisfy(o -> assertThat(o.failure()).isInstanceOf(InvalidOrder.class));
		assertThat(this.catalog.stockOf(laptop)).isZero();
	}

	@Test
	void customerCancellingWhileAFulfillerTakesLeavesOneConsistentOutcome() throws Exception {
		OfferingId laptop = this.catalog.good("100", 5);
		OrderId id = this.ordering.place(this.customer, laptop, 2);
		List<Outcome> outcomes = race(
				List.of(() -> this.ordering.cancel(this.customer, id), () -> this.ordering.take(this.fulfiller, id)));
		assertThat(outcomes).filteredOn(Outcome::succeeded).hasSize(1);
		assertThat(outcomes).filteredOn(o -> !o.succeeded())
			.singleElement()
			.satisfies(o -> assertThat(o.failure()).isInstanceOf(OrderConflict.class));
		OrderStatus status = this.ordering.status(id);
		assertThat(status).isIn(OrderStatus.CANCELLED, OrderStatus.IN_PROGRESS);
		assertThat(this.catalog.stockOf(laptop)).isEqualTo(status == OrderStatus.CANCELLED ? 5 : 3);
	}

	@Test
	void managerDecidingTwiceAtOnceRecordsOneDecision() throws Exception {
		OfferingId laptop = this.catalog.good(aboveThreshold(), 5);
		OrderId id = this.ordering.place(this.customer, laptop, 1);
		List<Outcome> outcomes = race(List.of(() -> this.ordering.approve(this.manager, id),
				() -> this.ordering.reject(this.manager, id, "No")));
		assertThat(outcomes).filteredOn(Outcome::succeeded).hasSize(1);
		OrderStatus status = this.ordering.status(id);
		assertThat(this.catalog.stockOf(laptop)).isEqualTo(status == OrderStatus.REJECTED ? 5 : 4);
		assertThat(this.ordering.timeline(id)).hasSize(3);
	}

	@Test
	void refusesOrdersForAnOfferingNoLongerSold() {
		OfferingId retired = this.catalog.offering(this.catalog.need("Old phone"), this.catalog.provider("Phones"),
				"Retired phone", java.math.BigDecimal.TEN, java.math.BigDecimal.ZERO, true, 5, new String[0]);
		this.catalog.retire(retired);
		assertThatThrownBy(() -> this.ordering.place(this.customer, retired, 1)).isInstanceOf(InvalidOrder.class)
			.extracting(ex -> ((InvalidOrder) ex).field())
			.isEqualTo("offeringId");
		assertThat(this.catalog.stockOf(retired)).isEqualTo(5);
	}

	record Outcome(Throwable failure) {

		boolean succeeded() {
			return this.failure == null;
		}

	}

	/** Runs the actions on as many threads, released together. */
	static List<Outcome> race(List<Runnable> actions) throws InterruptedException {
		CyclicBarrier start = new CyclicBarrier(actions.size());
		ExecutorService threads = Executors.newFixedThreadPool(actions.size());
		try {
			List<Future<Outcome>> results = new ArrayList<>();
			for (Runnable action : actions) {
				Callable<Outcome> racer = () -> {
					start.await(10, TimeUnit.SECONDS);
					try {
						action.run();
						return new Outcome(null);
					}
					catch (RuntimeException ex) {
						return new Outcome(ex);
					}
				};
				results.add(threads.submit(racer));
			}
			List<Outcome> outcomes = new ArrayList<>();
			for (Future<Outcome> result : results) {
				try {
					outcomes.add(result.get(60, TimeUnit.SECONDS));
				}
				catch (ExecutionException | java.util.concurrent.TimeoutException ex) {
					throw new IllegalStateException("A racer did not finish", ex);
				}
			}
			return outcomes;
		}
		finally {
			threads.shutdownNow();
		}
	}

}
