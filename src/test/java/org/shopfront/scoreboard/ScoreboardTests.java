package org.shopfront.scoreboard;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shopfront.MovingClock;
import org.shopfront.Redelivery;
import org.shopfront.catalog.CatalogFixture;
import org.shopfront.catalog.NeedId;
import org.shopfront.catalog.OfferingId;
import org.shopfront.catalog.ProviderId;
import org.shopfront.feedback.FeedbackGiven;
import org.shopfront.ordering.OrderId;
import org.shopfront.ordering.OrderingFixture;
import org.shopfront.people.PeopleFixture;
import org.shopfront.people.PeopleFixture.Someone;
import org.shopfront.people.Role;
import org.shopfront.people.UnitId;
import org.shopfront.promises.PromiseClosed;
import org.shopfront.promises.PromiseId;
import org.shopfront.promises.PromiseStatus;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.everyItem;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The scoreboard from a promise's outcome to the figures: a late delivery counts once as
 * broken for its provider, need, offering, the customer's unit, the fulfiller's team and
 * the company, the customer's answer counts once, a redelivered event changes nothing, a
 * rebuild from the promises gives the same figures, and the pages, the API and the
 * store's comparison table show them to whoever may read them.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MovingClock.Config.class)
class ScoreboardTests {

	private static final String SCRIPT = "<script>alert('owned')</script>";

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	MovingClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Scoreboard scoreboard;

	@Autowired
	Scoring scoring;

	@Autowired
	ScoreboardBackfill backfill;

	PeopleFixture people;

	OrderingFixture ordering;

	Someone customer;

	Someone fulfiller;

	UnitId unit;

	UnitId team;

	ProviderId provider;

	NeedId need;

	OfferingId offering;

	@BeforeEach
	void store() {
		this.people = new PeopleFixture(this.context);
		this.ordering = new OrderingFixture(this.context);
		CatalogFixture catalog = new CatalogFixture(this.context);
		this.provider = catalog.provider("Scored Provider " + UUID.randomUUID());
		this.need = catalog.need("A need on the scoreboard");
		this.offering = catalog.service(this.need, this.provider, "10");
		this.customer = this.people.someone("Scored Customer");
		this.fulfiller = this.people.someone("Scored Fulfiller", Role.FULFILLER);
		this.unit = this.people.unit("Scored Unit", this.customer);
		this.team = this.people.unit("Scored Team", this.fulfiller);
		placeIn(this.customer, this.unit);
		placeIn(this.fulfiller, this.team);
	}

	@Test
	void aLateDeliveryCountsOnceAsBrokenEverywhereItBelongs() {
		OrderId order = deliverLate();
		ScoreWindow window = this.scoreboard.window(52);

		for (var subject : new Object[][] { { ScoreDimension.PROVIDER, this.provider.value() },
				{ ScoreDimension.NEED, this.need.value() }, { ScoreDimension.OFFERING, this.offering.value() },
				{ ScoreDimension.UNIT, this.unit.value() }, { ScoreDimension.TEAM, this.team.value() } }) {
			Figures f = figures((ScoreDimension) subject[0], (UUID) subject[1]);
			assertThat(f.promises()).as("%s", subject[0]).isEqualTo(1);
			assertThat(f.broken()).isEqualTo(1);
			assertThat(f.keptPercent()).isZero();
			assertThat(f.late()).isEqualTo(1);
			assertThat(f.lateMedianHours()).as("three days late, to within a fifth").isBetween(72 * 0.8, 72 * 1.25);
			assertThat(f.didNotHold()).isEqualTo(1);
			assertThat(f.warned()).as("nobody was told").isZero();
			assertThat(f.warnedPercent()).isZero();
		}
		assertThat(this.scoreboard.company(window).broken()).isPositive();

		PromiseId promise = promiseOf(order);
		PromiseClosed again = this.jdbc.sql("select due_at, closed_at from promise where id = :id")
			.param("id", promise.value())
			.query((rs, n) -> new PromiseClosed(promise, order, this.customer.id(), "Delivered late", this.offering,
					this.need, this.provider, this.unit, this.team, PromiseStatus.BROKEN,
					rs.getObject("due_at", java.time.OffsetDateTime.class).toInstant(),
					rs.getObject("closed_at", java.time.OffsetDateTime.class).toInstant(), null))
			.single();
		new Redelivery(this.context).handle(this.scoring, (scoring) -> scoring.on(again));
		assertThat(figures(ScoreDimension.PROVIDER, this.provider.value()).promises())
			.as("an event delivered twice counts once")
			.isEqualTo(1);
	}

	@Test
	void aClosedPromiseCountsFromWhatItsEventSaysAlone() {
		// Neither the promise nor its order exists, so nothing could be read back; it
		// closed years ago, out of every window the other tests read.
		java.time.Instant due = this.clock.instant().minus(Duration.ofDays(3 * 365));
		PromiseId promise = PromiseId.random();
		this.scoring.on(new PromiseClosed(promise, OrderId.random(), this.customer.id(), "Told by the event",
				this.offering, this.need, this.provider, this.unit, this.team, PromiseStatus.KEPT, due,
				due.minus(Duration.ofHours(2)), null));

		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.jdbc.sql("select count(*) from scored_promise where promise_id = :id")
				.param("id", promise.value())
				.query(Long.class)
				.single() == 1);
		for (var subject : new Object[][] { { ScoreDimension.PROVIDER, this.provider.value() },
				{ ScoreDimension.NEED, this.need.value() }, { ScoreDimension.OFFERING, this.offering.value() },
				{ ScoreDimension.UNIT, this.unit.value() }, { ScoreDimension.TEAM, this.team.value() } }) {
			assertThat(this.jdbc.sql("select sum(kept) from score_week where dimension = :d and subject = :s")
				.param("d", subject[0].toString())
				.param("s", subject[1])
				.query(Long.class)
				.single()).as("%s", subject[0]).isEqualTo(1);
		}
	}

	@Test
	void theCustomersAnswerCountsOnce() throws Exception {
		OrderId order = deliverLate();
		answerSurvey(order, "kept", "false", "satisfaction", "2", "comment", SCRIPT);
		Figures f = await().atMost(Duration.ofSeconds(10))
			.until(() -> figures(ScoreDimension.PROVIDER, this.provider.value()), (figures) -> figures.answers() == 1);
		assertThat(f.satisfaction()).isEqualTo(2.0);
		assertThat(f.saidKeptPercent()).isZero();

		FeedbackGiven again = new FeedbackGiven(promiseOf(order), order, this.customer.id(), false, 2, true,
				this.clock.instant());
		new Redelivery(this.context).handle(this.scoring, (scoring) -> scoring.on(again));
		assertThat(figures(ScoreDimension.PROVIDER, this.provider.value()).answers()).isEqualTo(1);
	}

	@Test
	void aRebuildFromThePromisesGivesTheSameFigures() {
		deliverLate();
		OrderId kept = this.ordering.place(this.customer, this.offering, 1);
		this.ordering.take(this.fulfiller, kept);
		await().atMost(Duration.ofSeconds(10)).until(() -> promiseOrNull(kept), (p) -> p != null);
		this.ordering.deliver(this.fulfiller, kept);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> figures(ScoreDimension.PROVIDER, this.provider.value()).promises() == 2);
		ScoreWindow window = this.scoreboard.window(52);
		Figures company = this.scoreboard.company(window);
		Figures provider = figures(ScoreDimension.PROVIDER, this.provider.value());

		this.jdbc.sql("delete from scored_promise").update();
		this.jdbc.sql("delete from score_week").update();
		this.jdbc.sql("update score_backfill set state = 'PENDING'").update();
		assertThat(this.backfill.backfill()).isEqualTo(company.promises() + company.cancelled());

		assertThat(this.scoreboard.company(window)).isEqualTo(company);
		assertThat(figures(ScoreDimension.PROVIDER, this.provider.value())).isEqualTo(provider);
		assertThat(provider.kept()).isEqualTo(1);
		assertThat(provider.keptPercent()).isEqualTo(50);
		assertThat(this.backfill.backfill()).as("done once").isZero();
	}

	@Test
	void pagesAndApiShowTheRecordAndDrillDownToItsPromises() throws Exception {
		deliverLate();
		String what = this.jdbc.sql("select title from offering where id = :id")
			.param("id", this.offering.value())
			.query(String.class)
			.single();
		Someone reader = this.people.someone("Scoreboard Reader");
		this.mvc.perform(get("/scoreboard").param("by", "provider").with(user(this.people.principal(reader))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/scoreboard/provider/" + this.provider.value())))
			.andExpect(content().string(containsString("to deliver?&quot; since ")))
			.andExpect(content().string(not(containsString("{0}"))));
		this.mvc
			.perform(get("/scoreboard/provider/{id}", this.provider.value()).with(user(this.people.principal(reader))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Scored Provider")));
		this.mvc
			.perform(get("/scoreboard/provider/{id}/promises", this.provider.value()).param("outcome", "broken")
				.with(user(this.people.principal(reader))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(what)))
			.andExpect(content().string(not(containsString("/orders/"))));
		this.mvc
			.perform(get("/scoreboard/provider/{id}/promises", this.provider.value()).param("outcome", "kept")
				.with(user(this.people.principal(reader))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(what))));
		this.mvc.perform(get("/needs/{id}", this.need.value()).with(user(this.people.principal(reader))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("0 % of 1 promises kept")))
			.andExpect(content().string(containsString("/scoreboard/provider/" + this.provider.value())));

		this.mvc
			.perform(get("/api/scoreboard/provider/{id}", this.provider.value())
				.with(httpBasic(reader.username(), reader.password())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.subject.figures.broken").value(1))
			.andExpect(jsonPath("$.trend.length()").value(52));
		this.mvc
			.perform(get("/api/scoreboard/provider/{id}/promises", this.provider.value())
				.with(httpBasic(reader.username(), reader.password())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.promises[0].outcome").value("BROKEN"));
		this.mvc
			.perform(get("/api/scoreboard").param("by", "nonsense")
				.with(httpBasic(reader.username(), reader.password())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.by").exists());
		this.mvc
			.perform(get("/api/scoreboard/provider/{id}/promises", this.provider.value()).param("outcome", "lost")
				.with(httpBasic(reader.username(), reader.password())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.outcome").exists());
		this.mvc
			.perform(get("/api/scoreboard/provider/{id}", UUID.randomUUID())
				.with(httpBasic(reader.username(), reader.password())))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/scoreboard/planet/earth").with(httpBasic(reader.username(), reader.password())))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/scoreboard").accept(MediaType.TEXT_HTML))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/api/scoreboard")).andExpect(status().isUnauthorized());
	}

	@Test
	void anOrderDeliveredBeforeItsPromiseWasRecordedStillClosesIt() {
		// Not waiting for the promise: delivering often overtakes its making.
		OrderId order = this.ordering.place(this.customer, this.offering, 1);
		this.ordering.take(this.fulfiller, order);
		this.ordering.deliver(this.fulfiller, order);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.jdbc.sql("select outcome from scored_promise where order_id = :o")
				.param("o", order.value())
				.query(String.class)
				.optional()
				.orElse(""), "KEPT"::equals);
		assertThat(this.jdbc.sql("select status from promise where order_id = :o")
			.param("o", order.value())
			.query(String.class)
			.single()).isEqualTo("KEPT");
	}

	@Test
	void itStaffReachTheOrdersBehindTheFigures() throws Exception {
		OrderId order = deliverLate();
		this.mvc
			.perform(get("/scoreboard/provider/{id}/promises", this.provider.value())
				.with(user(this.people.principal(this.fulfiller))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/orders/" + order.value())));
	}

	@Test
	void customersReadTheCompanysPromisesWithoutOrderIdsOrAnyonesSatisfaction() throws Exception {
		OrderId order = deliverLate();
		answerSurvey(order, "satisfaction", "2");
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.jdbc.sql("select count(*) from scored_promise where order_id = :o and answered")
				.param("o", order.value())
				.query(Long.class)
				.single() == 1);
		Someone colleague = this.people.someone("Curious Colleague");
		String json = this.mvc
			.perform(get("/api/scoreboard/company/all/promises").with(user(this.people.principal(colleague))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.promises[*].what").isNotEmpty())
			.andExpect(jsonPath("$.promises[*].satisfaction").value(everyItem(nullValue())))
			.andExpect(jsonPath("$.promises[*].saidKept").value(everyItem(nullValue())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(json).doesNotContain(order.value().toString()).doesNotContain(promiseOf(order).value().toString());
		this.mvc.perform(get("/scoreboard/company/all/promises").with(user(this.people.principal(colleague))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(order.value().toString()))))
			.andExpect(content().string(not(containsString("2 / 5"))));
		this.mvc.perform(get("/api/scoreboard/company/all/promises").with(user(this.people.principal(this.fulfiller))))
			.andExpect(content().string(containsString(order.value().toString())));
	}

	/**
	 * The customer answers the order's survey in the app: field names and values in
	 * pairs.
	 */
	private void answerSurvey(OrderId order, String... fields) throws Exception {
		UUID survey = await().atMost(Duration.ofSeconds(10))
			.until(() -> this.jdbc.sql("select id from survey where order_id = :o")
				.param("o", order.value())
				.query(UUID.class)
				.optional()
				.orElse(null), (id) -> id != null);
		MockHttpServletRequestBuilder answer = post("/feedback/{id}", survey)
			.with(user(this.people.principal(this.customer)))
			.with(csrf());
		for (int i = 0; i < fields.length; i += 2) {
			answer.param(fields[i], fields[i + 1]);
		}
		this.mvc.perform(answer).andExpect(status().is3xxRedirection());
	}

	/** An order delivered three days after its promised time. */
	private OrderId deliverLate() {
		OrderId order = this.ordering.place(this.customer, this.offering, 1);
		this.ordering.take(this.fulfiller, order);
		PromiseId promise = await().atMost(Duration.ofSeconds(10)).until(() -> promiseOrNull(order), (p) -> p != null);
		java.time.Instant due = this.jdbc.sql("select due_at from promise where id = :id")
			.param("id", promise.value())
			.query(java.time.OffsetDateTime.class)
			.single()
			.toInstant();
		this.clock.set(due.plus(Duration.ofDays(3)));
		this.ordering.deliver(this.fulfiller, order);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.jdbc.sql("select count(*) from scored_promise where order_id = :o")
				.param("o", order.value())
				.query(Long.class)
				.single() == 1);
		return order;
	}

	private Figures figures(ScoreDimension dimension, UUID subject) {
		return this.scoreboard.subject(dimension, subject, this.scoreboard.window(52)).orElseThrow().figures();
	}

	private PromiseId promiseOf(OrderId order) {
		return promiseOrNull(order);
	}

	private PromiseId promiseOrNull(OrderId order) {
		return this.jdbc.sql("select id from promise where order_id = :o order by seq desc limit 1")
			.param("o", order.value())
			.query(UUID.class)
			.optional()
			.map(PromiseId::new)
			.orElse(null);
	}

	private void placeIn(Someone someone, UnitId unit) {
		this.jdbc.sql("update app_user set unit_id = :unit where id = :id")
			.param("unit", unit.value())
			.param("id", someone.id().value())
			.update();
	}

}
