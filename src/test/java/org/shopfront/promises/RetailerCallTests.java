package org.shopfront.promises;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shopfront.MovingClock;
import org.shopfront.catalog.CatalogFixture;
import org.shopfront.catalog.NeedId;
import org.shopfront.catalog.OfferingId;
import org.shopfront.catalog.ProviderId;
import org.shopfront.ordering.OrderId;
import org.shopfront.ordering.OrderPlaced;
import org.shopfront.ordering.OrderStatus;
import org.shopfront.ordering.OrderingFixture;
import org.shopfront.people.PeopleFixture;
import org.shopfront.people.PeopleFixture.Someone;
import org.shopfront.people.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Promises from placing to the retailer call, moving the clock instead of sleeping: the
 * watch turns an overdue promise at risk, a fulfiller's delay flag does too, and the
 * customer's answer (wait, switch, cancel; in the app or by a signed link) closes the
 * promise for good.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MovingClock.Config.class)
@RecordApplicationEvents
class RetailerCallTests {

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

	@Autowired
	RetailerCalls calls;

	@Autowired
	AnsweringCall answering;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AnswerLinks links;

	@Autowired
	ApplicationEvents events;

	PeopleFixture people;

	OrderingFixture ordering;

	CatalogFixture catalog;

	NeedId need;

	Someone customer;

	Someone fulfiller;

	OfferingId slow;

	OfferingId other;

	@BeforeEach
	void store() {
		this.people = new PeopleFixture(this.context);
		this.ordering = new OrderingFixture(this.context);
		this.catalog = new CatalogFixture(this.context);
		ProviderId provider = this.catalog.provider("Promise Provider");
		this.need = this.catalog.need("A need with two options");
		this.slow = this.catalog.service(this.need, provider, "10");
		this.other = this.catalog.service(this.need, this.catalog.provider("Faster Vendor"), "20");
		this.customer = this.people.someone("Promised Customer");
		this.fulfiller = this.people.someone("Promise Fulfiller", Role.FULFILLER);
		this.clock.set(LocalDate.of(2026, 3, 9).atTime(9, 0).toInstant(ZoneOffset.UTC)); // a
																							// Monday
	}

	@Test
	void everyOrderGetsAPromiseWithTheDateQuotedWhenItWasPlaced() {
		OrderId order = this.ordering.place(this.customer, this.slow, 1);
		Promise promise = promiseOf(order);
		assertThat(promise.status()).isEqualTo(PromiseStatus.OPEN);
		assertThat(promise.due()).isAfter(this.clock.instant());
		assertThat(promise.seq()).isEqualTo(1);
	}

	@Test
	void quotesFromTheHistoryOnceThereIsEnoughOfIt() {
		for (int i = 0; i < 31; i++) {
			OrderId order = this.ordering.place(this.customer, this.other, 1);
			this.ordering.take(this.fulfiller, order);
			this.clock.move(Duration.ofHours(2));
			this.ordering.deliver(this.fulfiller, order);
		}
		this.forecasts.relearn();
		OrderId next = this.ordering.place(this.customer, this.other, 1);
		Promise promise = promiseOf(next);
		assertThat(promise.evidence()).isTrue();
		assertThat(promise.sampleSize()).isGreaterThanOrEqualTo(30);
		assertThat(promise.segment()).isEqualTo("offering:" + this.other.value());
		assertThat(promise.due()).isBefore(this.clock.instant().plus(Duration.ofDays(3)));
	}

	@Test
	void anOrderHasItsPromiseAsSoonAsItIsPlaced() {
		OrderId order = this.ordering.place(this.customer, this.slow, 1);
		assertThat(this.promises.ofOrder(order)).as("made in the order's transaction, not by a listener later")
			.hasSize(1);
		OrderPlaced placed = this.events.stream(OrderPlaced.class)
			.filter(event -> event.orderId().equals(order))
			.findFirst()
			.orElseThrow();
		assertThat(this.promises.ofOrder(order).get(0).due()).isEqualTo(placed.promise().due());
	}

	@Test
	void theWatchTurnsAPromiseThatCanNoLongerBeKeptAtRisk() {
		OrderId order = this.ordering.place(this.customer, this.slow, 1);
		Promise promise = promiseOf(order);
		this.watch.watch();
		assertThat(this.promises.find(promise.id()).orElseThrow().status()).isEqualTo(PromiseStatus.OPEN);
		this.clock.set(promise.due().plus(Duration.ofHours(1)));
		assertThat(this.watch.watch()).isPositive();
		Promise atRisk = this.promises.find(promise.id()).orElseThrow();
		assertThat(atRisk.status()).isEqualTo(PromiseStatus.AT_RISK);
		assertThat(atRisk.newDue()).isAfter(atRisk.due());
		assertThat(this.watch.watch()).as("told once, not at every round").isZero();
	}

	@Test
	void switchingPlacesTheNewOrderAndWithdrawsTheOldInOneGo() {
		OrderId order = this.ordering.place(this.customer, this.slow, 1);
		this.ordering.take(this.fulfiller, order);
		Promise promise = flagDelay(order);
		RetailerCalls.Call call = this.calls.call(promise.id()).orElseThrow();
		assertThat(call.alternatives()).extracting(RetailerCalls.Alternative::offeringId).containsExactly(this.other);

		OrderId switched = this.answering.answer(promise.id(), Answer.SWITCH, this.other);

		assertThat(this.ordering.status(order)).isEqualTo(OrderStatus.CANCELLED);
		assertThat(this.ordering.status(switched)).isEqualTo(OrderStatus.OPEN);
		assertThat(this.promises.find(promise.id()).orElseThrow().status()).isEqualTo(PromiseStatus.BROKEN);
		assertThat(promiseOf(switched).status()).isEqualTo(PromiseStatus.OPEN);
		assertThatThrownBy(() -> this.answering.answer(promise.id(), Answer.WAIT, null))
			.isInstanceOf(PromiseProblem.class);
	}

	@Test
	void offersOnlyAlternativesInStockForTheQuantityOrdered() {
		OfferingId lastOne = this.catalog.good(this.need, this.catalog.provider("Scarce Vendor"), "100", 1);
		OfferingId plenty = this.catalog.good(this.need, this.catalog.provider("Stocked Vendor"), "100", 5);
		OrderId order = this.ordering.place(this.customer, this.slow, 2);

		RetailerCalls.Call call = this.calls.call(flagDelay(order).id()).orElseThrow();

		assertThat(call.alternatives()).extracting(RetailerCalls.Alternative::offeringId)
			.containsExactlyInAnyOrder(this.other, plenty)
			.doesNotContain(lastOne);
	}

	@Test
	void switchesOnlyToAnAlternativeTheCallOffers() throws Exception {
		OrderId order = this.ordering.place(this.customer, this.slow, 1);
		Promise promise = flagDelay(order);
		// After the realistic new date nothing arrives sooner, so nothing is offered.
		this.clock.set(promise.newDue().plus(Duration.ofDays(2)));
		assertThat(this.calls.call(promise.id()).orElseThrow().alternatives()).isEmpty();

		this.mvc
			.perform(
					post("/promises/{id}/answer", promise.id().value()).with(user(this.people.principal(this.customer)))
						.with(csrf())
						.param("answer", "SWITCH")
						.param("alternative", this.other.value().toString()))
			.andExpect(status().isConflict())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Nothing was changed")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("not offered")));

		assertThat(this.ordering.status(order)).isEqualTo(OrderStatus.OPEN);
		assertThat(this.promises.find(promise.id()).orElseThrow()).isEqualTo(promise);
		assertThat(ordersOf(this.other)).isZero();
	}

	@Test
	void aSwitchThatCannotBePlacedChangesNothing() {
		OfferingId scarce = this.catalog.good(this.need, this.catalog.provider("Scarce Vendor"), "100", 2);
		OrderId order = this.ordering.place(this.customer, this.slow, 2);
		this.ordering.take(this.fulfiller, order);
		Promise promise = flagDelay(order);
		assertThat(this.calls.call(promise.id()).orElseThrow().alternatives())
			.extracting(RetailerCalls.Alternative::offeringId)
			.contains(scarce);
		this.ordering.place(this.people.someone("Quicker Customer"), scarce, 1);

		assertThatThrownBy(() -> this.answering.answer(promise.id(), Answer.SWITCH, scarce))
			.isInstanceOf(PromiseProblem.class);

		assertThat(this.ordering.status(order)).as("the old order stands").isEqualTo(OrderStatus.IN_PROGRESS);
		assertThat(this.promises.find(promise.id()).orElseThrow()).as("the promise is unchanged").isEqualTo(promise);
		assertThat(ordersOf(scarce)).as("only the other customer's order").isOne();
		assertThat(this.catalog.stockOf(scarce)).isOne();
	}

	@Test
	void anAlternativeThatRanOutSinceTheMailGetsAFriendlyPage() throws Exception {
		OfferingId scarce = this.catalog.good(this.need, this.catalog.provider("Scarce Vendor"), "100", 1);
		OrderId order = this.ordering.place(this.customer, this.slow, 1);
		Promise promise = flagDelay(order);
		String link = this.links.path(promise.id(), Answer.SWITCH, scarce);
		this.ordering.place(this.people.someone("Quicker Customer"), scarce, 1);

		this.mvc.perform(post(link).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Nothing was changed")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("It is out of stock just now")));

		assertThat(this.ordering.status(order)).isEqualTo(OrderStatus.OPEN);
		assertThat(this.promises.find(promise.id()).orElseThrow().status()).isEqualTo(PromiseStatus.AT_RISK);
	}

	@Test
	void waitingKeepsTheBrokenPromiseOnRecordAndMakesANewOne() {
		OrderId order = this.ordering.place(this.customer, this.slow, 1);
		Promise promise = flagDelay(order);
		this.answering.answer(promise.id(), Answer.WAIT, null);
		List<Promise> all = this.promises.ofOrder(order);
		assertThat(all).hasSize(2);
		Promise renewed = all.stream().filter(p -> p.status() == PromiseStatus.OPEN).findFirst().orElseThrow();
		assertThat(renewed.replaces()).isEqualTo(promise.id());
		assertThat(renewed.due()).isEqualTo(this.promises.find(promise.id()).orElseThrow().newDue());
		Promise old = this.promises.find(promise.id()).orElseThrow();
		assertThat(old.status()).isEqualTo(PromiseStatus.RENEGOTIATED);
		assertThat(old.due()).isEqualTo(promise.due());
	}

	@Test
	void anAnswerLinkWorksOnceWithoutSigningIn() throws Exception {
		OrderId order = this.ordering.place(this.customer, this.slow, 1);
		Promise promise = flagDelay(order);
		String link = this.links.path(promise.id(), Answer.CANCEL, null);
		this.mvc.perform(get(link)).andExpect(status().isOk());
		assertThat(this.promises.find(promise.id()).orElseThrow().status()).as("opening a link changes nothing")
			.isEqualTo(PromiseStatus.AT_RISK);
		this.mvc.perform(post(link).with(csrf())).andExpect(status().isOk());
		assertThat(this.ordering.status(order)).isEqualTo(OrderStatus.CANCELLED);
		this.mvc.perform(post(link).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("already been answered")));
		this.mvc.perform(get(this.links.path(promise.id(), Answer.WAIT, null))).andExpect(status().isConflict());
	}

	@Test
	void aTamperedOrExpiredLinkChangesNothing() throws Exception {
		OrderId order = this.ordering.place(this.customer, this.slow, 1);
		Promise promise = flagDelay(order);
		String link = this.links.path(promise.id(), Answer.CANCEL, null);
		String tampered = link.substring(0, link.length() - 3) + (link.endsWith("A") ? "BBB" : "AAA");
		this.mvc.perform(post(tampered).with(csrf())).andExpect(status().isGone());
		this.mvc.perform(post("/answers/not-a-token").with(csrf())).andExpect(status().isGone());
		this.clock.move(Duration.ofDays(8));
		this.mvc.perform(post(link).with(csrf())).andExpect(status().isGone());
		assertThat(this.ordering.status(order)).isEqualTo(OrderStatus.OPEN);
		assertThat(this.promises.find(promise.id()).orElseThrow().status()).isEqualTo(PromiseStatus.AT_RISK);
	}

	@Test
	void onlyTheCustomerSeesTheCallInTheApp() throws Exception {
		OrderId order = this.ordering.place(this.customer, this.slow, 1);
		Promise promise = flagDelay(order);
		Someone stranger = this.people.someone("Nosy Colleague");
		this.mvc.perform(get("/promises/{id}/call", promise.id().value()).with(user(this.people.principal(stranger))))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/promises/{id}/call", promise.id().value()).with(user(this.people.principal(this.customer))))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Faster Vendor")));
	}

	@Test
	void aFulfillerFlagsADelayFromTheOrderPage() throws Exception {
		OrderId order = this.ordering.place(this.customer, this.slow, 1);
		promiseOf(order);
		this.mvc
			.perform(
					post("/promises/orders/{id}/delay", order.value()).with(user(this.people.principal(this.fulfiller)))
						.with(csrf())
						.param("reason", "The <b>supplier</b> is late")
						.param("newDate", "2026-03-30"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.promises.openFor(order).orElseThrow().status()).isEqualTo(PromiseStatus.AT_RISK);
		this.mvc.perform(get("/orders/{id}", order.value()).with(user(this.people.principal(this.customer))))
			.andExpect(
					content().string(org.hamcrest.Matchers.containsString("The &lt;b&gt;supplier&lt;/b&gt; is late")));
		this.mvc
			.perform(post("/promises/orders/{id}/delay", order.value()).with(user(this.people.principal(this.customer)))
				.with(csrf())
				.param("reason", "x")
				.param("newDate", "2026-03-30"))
			.andExpect(status().isForbidden());
	}

	private Promise flagDelay(OrderId order) {
		promiseOf(order);
		this.watch.flagDelay(order, this.fulfiller.id(), "Our supplier is late", LocalDate.of(2026, 3, 30));
		return this.promises.openFor(order).orElseThrow();
	}

	private long ordersOf(OfferingId offering) {
		return this.jdbc.sql("select count(*) from purchase_order where offering_id = :offering")
			.param("offering", offering.value())
			.query(Long.class)
			.single();
	}

	private Promise promiseOf(OrderId order) {
		return await().atMost(Duration.ofSeconds(10))
			.until(() -> this.promises.openFor(order), p -> p.isPresent())
			.orElseThrow();
	}

}
