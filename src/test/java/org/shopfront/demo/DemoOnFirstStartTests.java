package org.shopfront.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shopfront.catalog.Catalog;
import org.shopfront.feedback.TrustScores;
import org.shopfront.people.Directory;
import org.shopfront.people.Role;
import org.shopfront.scoreboard.Figures;
import org.shopfront.scoreboard.ScoreDimension;
import org.shopfront.scoreboard.ScoreWindow;
import org.shopfront.scoreboard.Scoreboard;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo on an empty database, as
 * {@code mvn spring-boot:run -Dspring-boot.run.profiles=demo} starts it: the demo logins,
 * the store, two years of orders with orders where the demo journeys start, promises at
 * risk, survey answers (kept promises rated higher than broken ones) and a trust pulse
 * round; and the scoreboard, built from that history in the background, is alive. A
 * restart adds nothing.
 */
@SpringBootTest(properties = "shopfront.demo.enabled=true")
@AutoConfigureMockMvc
class DemoOnFirstStartTests {

	@Autowired
	DemoData demo;

	@Autowired
	Directory directory;

	@Autowired
	Catalog catalog;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TrustScores scores;

	@Autowired
	Scoreboard scoreboard;

	@Autowired
	MockMvc mvc;

	@Test
	void seedsTheModulesInTheirDeclaredOrderAndARestartAddsNothing() {
		assertThat(this.demo.stepNames()).containsExactly("people", "catalog", "orders", "notices", "promises",
				"feedback", "demand", "initiatives", "shadow IT", "pain points");
		long orders = count("purchase_order");
		long notices = count("notice");

		assertThat(this.demo.seed()).isEmpty();
		assertThat(count("purchase_order")).isEqualTo(orders);
		assertThat(count("notice")).isEqualTo(notices);
	}

	@Test
	void theDemoLoginsSignInWithTheDemoPassword() throws Exception {
		for (String login : new String[] { "customer", "customer2", "manager", "fulfiller", "owner", "admin" }) {
			this.mvc.perform(get("/api/orders").with(httpBasic(login, "demo"))).andExpect(status().isOk());
		}
		assertThat(this.directory.findByUsername("admin").orElseThrow().roles()).contains(Role.ADMIN);
		assertThat(this.directory.findByUsername("customer").orElseThrow().managerId())
			.isEqualTo(this.directory.findByUsername("manager").orElseThrow().id());
		assertThat(count("app_user")).isEqualTo(DemoCompany.PEOPLE);
		assertThat(this.directory.units()).hasSize(6).allSatisfy((unit) -> assertThat(unit.headId()).isNotNull());
	}

	@Test
	void theDemoCustomersInboxHoldsTheirOrdersNoticesFromThePastSomeStillUnread() throws Exception {
		UUID customer = this.directory.findByUsername("customer").orElseThrow().id().value();
		UUID manager = this.directory.findByUsername("manager").orElseThrow().id().value();
		long unread = this.jdbc.sql("select count(*) from notice where recipient_id = :me and read_at is null")
			.param("me", customer)
			.query(Long.class)
			.single();
		assertThat(unread).isPositive();
		assertThat(this.jdbc.sql("select count(*) from notice where recipient_id = :me and read_at is not null")
			.param("me", customer)
			.query(Long.class)
			.single()).isGreaterThan(unread);
		assertThat(this.jdbc.sql("select distinct kind from notice where recipient_id = :me")
			.param("me", customer)
			.query(String.class)
			.list()).contains("order-placed", "order-progress", "order-delivered");
		assertThat(this.jdbc.sql("select min(created_at) from notice where recipient_id = :me")
			.param("me", customer)
			.query(OffsetDateTime.class)
			.single()
			.toInstant()).isBefore(Instant.now().minus(Duration.ofDays(300)));
		assertThat(
				this.jdbc.sql("select count(*) from notice where recipient_id = :me and kind = 'order-approval-needed'")
					.param("me", manager)
					.query(Long.class)
					.single())
			.isPositive();
		assertThat(count("notice_delivery d join notice n on n.id = d.notice_id where n.kind like 'order-%'")).isZero();
		this.mvc.perform(get("/inbox/badge").with(httpBasic("customer", "demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">" + unread + "<")));
	}

	@Test
	void theStoreHasItsNeedsAndOfferings() {
		assertThat(this.catalog.allOrderable()).hasSize(69);
		assertThat(count("need")).isEqualTo(35);
	}

	@Test
	void twoYearsOfOrdersAndOrdersWhereTheJourneysStart() {
		Instant oldest = this.jdbc.sql("select min(placed_at) from purchase_order")
			.query(OffsetDateTime.class)
			.single()
			.toInstant();
		assertThat(oldest).isBefore(Instant.now().minus(Duration.ofDays(720)));
		assertThat(count("purchase_order")).isGreaterThan(3_000);
		UUID customer = this.directory.findByUsername("customer").orElseThrow().id().value();
		assertThat(statusesOf(customer)).contains("AWAITING_APPROVAL", "IN_PROGRESS", "DELIVERED");
		assertThat(this.jdbc
			.sql("""
					select count(*) from purchase_order o join app_user u on u.id = o.customer_id
					where o.status = 'AWAITING_APPROVAL' and u.manager_id = (select id from app_user where username = 'manager')
					""")
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(3);
	}

	@Test
	void twoYearsOfInitiativesOnThePortfolioAndOneOfManagersAtRisk() {
		assertThat(count("initiative"))
			.isEqualTo(DemoInitiatives.FINISHED + count("demand where initiative_id is not null") + 1);
		assertThat(this.jdbc.sql("select count(distinct status) from initiative").query(Long.class).single())
			.isGreaterThanOrEqualTo(3);
		assertThat(this.jdbc.sql("select count(*) from portfolio_entry where missed").query(Long.class).single())
			.isPositive();
		assertThat(this.jdbc.sql("""
				select count(*) from initiative_promise p join initiative i on i.id = p.initiative_id
				join app_user u on u.id = i.sponsor_id where u.username = 'manager' and p.status = 'AT_RISK'
				""").query(Long.class).single()).isPositive();
		assertThat(this.jdbc.sql("select count(*) from initiative_promise where status = 'RENEGOTIATED'")
			.query(Long.class)
			.single()).isPositive();
	}

	@Test
	void theServiceDeskTicketsAreMinedIntoPainPointsWithPhraseLabels() {
		assertThat(count("ticket")).isEqualTo(800);
		assertThat(this.jdbc.sql("select count(*) from mining_run where status = 'DONE' and tickets = 800")
			.query(Long.class)
			.single()).isEqualTo(1);
		List<String> labels = this.jdbc.sql("select label from pain_point").query(String.class).list();
		assertThat(labels).hasSizeGreaterThanOrEqualTo(3).allSatisfy((label) -> assertThat(label).contains(" "));
	}

	@Test
	void promisesForTheHistoryWithSomeAtRisk() {
		assertThat(count("promise")).isEqualTo(count("purchase_order"));
		assertThat(this.jdbc.sql("select count(*) from promise where status = 'AT_RISK'").query(Long.class).single())
			.isPositive();
	}

	@Test
	void theScoreboardIsAliveOnFirstStart() {
		ScoreWindow year = this.scoreboard.window(ScoreWindow.DEFAULT_WEEKS);
		Figures company = await().atMost(Duration.ofSeconds(60))
			.until(() -> this.scoreboard.company(year), (figures) -> figures.answers() > 50);
		assertThat(company.promises()).isGreaterThan(1_000);
		assertThat(company.keptPercent()).isBetween(50, 99);
		assertThat(company.late()).isPositive();
		assertThat(company.warnedPercent()).as("the replayed watch warned most broken promises").isGreaterThan(50);
		assertThat(company.satisfaction()).isBetween(1.0, 5.0);
		assertThat(this.scoreboard.trend(ScoreDimension.COMPANY, new UUID(0, 0), year))
			.filteredOn((week) -> week.promises() > 0)
			.hasSizeGreaterThan(40);
		assertThat(this.scoreboard.subjects(ScoreDimension.PROVIDER, year)).hasSizeGreaterThanOrEqualTo(12);
	}

	@Test
	void demandsOfTwoYearsAndOneWaitingForTheManagersDecision() {
		assertThat(this.jdbc.sql("select count(distinct unit_id) from demand where initiative_id is not null")
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(4);
		assertThat(this.jdbc.sql("""
				select count(*) from demand d join initiative i on i.id = d.initiative_id
				where d.status = 'INITIATIVE_RUNNING' and i.status = 'RUNNING'""").query(Long.class).single())
			.as("the demands decided in the last months show their initiative running")
			.isGreaterThanOrEqualTo(3);
		assertThat(this.jdbc.sql("select count(*) from demand where status = 'DECIDED'").query(Long.class).single())
			.as("every decided demand started its initiative")
			.isZero();
		assertThat(this.jdbc.sql("select count(distinct status) from demand").query(Long.class).single())
			.isGreaterThanOrEqualTo(4);
		UUID manager = this.directory.findByUsername("manager").orElseThrow().id().value();
		List<UUID> waiting = this.jdbc
			.sql("select id from demand where leader_id = :manager and status = 'PROPOSAL_READY'")
			.param("manager", manager)
			.query(UUID.class)
			.list();
		assertThat(waiting).hasSize(1);
		assertThat(this.jdbc.sql("""
				select o.kind from proposal_option o join proposal p on p.id = o.proposal_id
				where p.demand_id = :demand and o.id = p.recommended_option_id""")
			.param("demand", waiting.get(0))
			.query(String.class)
			.single()).isEqualTo("BUY_SERVICE");
		assertThat(this.jdbc.sql("""
				select count(*) from proposal_option o join proposal p on p.id = o.proposal_id
				where p.demand_id = :demand""").param("demand", waiting.get(0)).query(Long.class).single())
			.isEqualTo(3);
	}

	@Test
	void theDemoHasSurveyAnswersAndATrustPulseRound() {
		long answered = this.jdbc.sql("select count(*) from survey where answered_at is not null")
			.query(Long.class)
			.single();
		assertThat(answered).isGreaterThan(50);
		Double kept = average("KEPT");
		Double broken = average("BROKEN");
		assertThat(kept).isGreaterThan(broken);
		assertThat(this.scores.byUnit(this.scores.windowStart()))
			.anySatisfy((unit) -> assertThat(unit.score().value()).isNotNull());
		assertThat(this.scores.comments(this.scores.windowStart())).isNotEmpty();
	}

	private List<String> statusesOf(UUID customer) {
		return this.jdbc.sql("select status from purchase_order where customer_id = :customer")
			.param("customer", customer)
			.query(String.class)
			.list();
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	private Double average(String outcome) {
		return this.jdbc.sql("""
				select avg(cast(s.satisfaction as double precision)) from survey s
				join promise p on p.id = s.promise_id where p.status = :outcome
				""").param("outcome", outcome).query(Double.class).single();
	}

}
