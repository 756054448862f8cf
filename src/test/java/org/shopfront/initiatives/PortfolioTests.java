package org.shopfront.initiatives;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.shopfront.people.PeopleFixture;
import org.shopfront.people.PeopleFixture.Someone;
import org.shopfront.people.Role;
import org.shopfront.people.UnitId;
import org.shopfront.shared.Formats;
import org.shopfront.shared.RenderedOnce;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The portfolio's figures for a unit against figures worked out here from the same
 * initiatives; money only for those allowed; the scoreboard counting each promise once;
 * the pages in both shapes.
 */
@InitiativesTest
class PortfolioTests {

	/** Decided on 1 January 2024 at noon; each is due 100 days later, on 10 April. */
	static final Instant DECIDED = LocalDate.of(2024, 1, 1).atTime(12, 0).toInstant(ZoneOffset.UTC);

	static final LocalDate START = LocalDate.of(2024, 1, 1);

	static final int DAYS_PROMISED = 100;

	/** An initiative: budget, spend, days it took, value realised a year (null: not). */
	record Case(int budget, int spent, int days, Integer realised) {
	}

	static final List<Case> CASES = List.of(new Case(100_000, 150_000, 100, 100_000),
			new Case(100_000, 90_000, 120, 40_000), new Case(200_000, 200_000, 110, null));

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	InitiativeImport imports;

	@Test
	void aUnitsFiguresAreThoseOfItsInitiativesAgainstTheirFirstPromises() throws Exception {
		PeopleFixture people = new PeopleFixture(this.context);
		Someone sponsor = people.someone("Portfolio sponsor", Role.BUSINESS_LEADER);
		Someone itOwner = people.someone("Portfolio IT owner", Role.FULFILLER);
		Someone admin = people.someone("Portfolio admin", Role.ADMIN);
		Someone customer = people.someone("Portfolio reader");
		UnitId unit = people.unit("Portfolio unit", sponsor);
		for (Case c : CASES) {
			PastInitiative past = PastInitiative
				.decided(InitiativeFixture.decision(unit, sponsor.id(), itOwner.id(), String.valueOf(c.budget()),
						START.plusDays(DAYS_PROMISED), DECIDED))
				.spent(BigDecimal.valueOf(c.spent()), START.plusDays(30), "Work")
				.delivered(START.plusDays(c.days()));
			Instant confirmed = DECIDED.plus(Duration.ofDays(300));
			this.imports.recordPast((c.realised() != null)
					? past.valueConfirmed(confirmed, BigDecimal.valueOf(c.realised()), new BigDecimal("5"), "Measured")
					: past.valueNotRealised(confirmed, "Nobody uses it"));
		}
		// A stopped initiative nobody had been warned about counts in no share.
		this.imports.recordPast(PastInitiative
			.decided(InitiativeFixture.decision(unit, sponsor.id(), itOwner.id(), "100000",
					START.plusDays(DAYS_PROMISED), DECIDED))
			.stopped(DECIDED.plus(Duration.ofDays(20)), "The market moved"));

		String json = this.mvc
			.perform(get("/api/portfolio").accept(MediaType.APPLICATION_JSON)
				.with(httpBasic(admin.username(), admin.password())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String totals = "$.units[?(@.unitId == '" + unit + "')].totals";
		assertMeasure(json, totals + ".budget", CASES.stream().filter((c) -> c.spent() > c.budget()).count(),
				average(CASES.stream().map((c) -> ratio(c.spent(), c.budget())).toList()));
		assertMeasure(json, totals + ".date", CASES.stream().filter((c) -> c.days() > DAYS_PROMISED).count(),
				average(CASES.stream().map((c) -> ratio(c.days(), DAYS_PROMISED)).toList()));
		assertMeasure(json, totals + ".value",
				CASES.stream().filter((c) -> c.realised() == null || c.realised() < 100_000).count(),
				average(CASES.stream()
					.map((c) -> BigDecimal.ONE
						.subtract(ratio((c.realised() != null) ? c.realised() : 0, 100_000).add(BigDecimal.ONE)))
					.toList()));
		List<Object> promised = JsonPath.read(json, totals + ".budgetPromised");
		assertThat(promised).isNotEmpty();
		assertThat(promised.get(0)).isNotNull();

		String hidden = this.mvc
			.perform(get("/api/portfolio").accept(MediaType.APPLICATION_JSON)
				.with(httpBasic(customer.username(), customer.password())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Object> none = JsonPath.read(hidden, totals + ".budgetPromised");
		assertThat(none).containsOnlyNulls();
		List<Object> stillShared = JsonPath.read(hidden, totals + ".budget.missed");
		assertThat(stillShared).containsExactly(1);
	}

	@Test
	void theScoreboardCountsEachPromiseOnceUnderItsMeasure() throws Exception {
		PeopleFixture people = new PeopleFixture(this.context);
		Someone sponsor = people.someone("Scored sponsor", Role.BUSINESS_LEADER);
		Someone itOwner = people.someone("Scored IT owner", Role.FULFILLER);
		// Within the scoreboard's year, so that its page lists the measures.
		Instant decided = Instant.now().minus(Duration.ofDays(200));
		LocalDate start = LocalDate.ofInstant(decided, ZoneOffset.UTC);
		InitiativeId id = this.imports.recordPast(PastInitiative
			.decided(InitiativeFixture.decision(people.unit("Scored unit", sponsor), sponsor.id(), itOwner.id(),
					"100000", start.plusDays(DAYS_PROMISED), decided))
			.replanned(PromiseMeasure.DATE, InitiativeFigure.day(start.plusDays(150)),
					decided.plus(Duration.ofDays(50)), sponsor.id(), "Scope grew", null)
			.delivered(start.plusDays(140))
			.valueConfirmed(decided.plus(Duration.ofDays(190)), new BigDecimal("100000"), new BigDecimal("5"), "Fine"));
		// The first date (renegotiated), the second (kept), the budget and the value.
		await().atMost(Duration.ofSeconds(20)).until(() -> scored(id) == 4);
		assertThat(this.jdbc
			.sql("select count(distinct promise_id) from scored_promise where initiative_id = :id "
					+ "and initiative_measure is not null and order_id is null")
			.param("id", id.value())
			.query(Long.class)
			.single()).isEqualTo(4);
		this.mvc.perform(get("/scoreboard?by=initiative").with(httpBasic(sponsor.username(), sponsor.password())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Initiative dates")));
	}

	@Test
	void thePagesShowMoneyOnlyToThoseAllowedAndTheListAnswersHtmxWithItsResults() throws Exception {
		PeopleFixture people = new PeopleFixture(this.context);
		Someone sponsor = people.someone("Page sponsor", Role.BUSINESS_LEADER);
		Someone itOwner = people.someone("Page IT owner", Role.FULFILLER);
		Someone owner = people.someone("Page service owner", Role.SERVICE_OWNER);
		Someone reader = people.someone("Page reader");
		InitiativeId id = new InitiativeFixture(this.context).running(people.unit("Page unit", sponsor), sponsor.id(),
				itOwner.id());
		this.mvc.perform(get("/initiatives/" + id).with(httpBasic(owner.username(), owner.password())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("€100,000")))
			.andExpect(content().string(containsString("id=\"spend\"")));
		this.mvc.perform(get("/initiatives/" + id).with(httpBasic(sponsor.username(), sponsor.password())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"stop\"")))
			.andExpect(content().string(not(containsString("id=\"spend\""))));
		this.mvc.perform(get("/portfolio").with(httpBasic(reader.username(), reader.password())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("45 %")))
			.andExpect(content().string(not(containsString("id=\"portfolio-money\""))));
		this.mvc.perform(get("/portfolio").with(httpBasic(owner.username(), owner.password())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"portfolio-money\"")));
		this.mvc
			.perform(get("/initiatives?status=RUNNING").header("HX-Request", "true")
				.with(httpBasic(owner.username(), owner.password())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"initiative-results\"")))
			.andExpect(content().string(not(containsString("<html"))));
		this.mvc.perform(get("/initiatives?status=RUNNING").with(httpBasic(owner.username(), owner.password())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html")));
	}

	@Test
	void servesTheSameFiguresUntilAnInitiativeChangesThemAndThePageWordsThemOnce() {
		Portfolio portfolio = new Portfolio(this.jdbc, this.context.getBean(InitiativeQueries.class),
				this.context.getBean(Projector.class), Clock.systemUTC(),
				new InitiativesProperties(Duration.ofHours(1), 500, false, Duration.ofHours(1)), "EUR");
		PortfolioFigures first = portfolio.figures();
		PeopleFixture people = new PeopleFixture(this.context);
		Someone sponsor = people.someone("Cached sponsor", Role.BUSINESS_LEADER);
		Someone itOwner = people.someone("Cached IT owner", Role.FULFILLER);
		this.imports.recordPast(PastInitiative
			.decided(InitiativeFixture.decision(people.unit("Cached unit", sponsor), sponsor.id(), itOwner.id(),
					"100000", START.plusDays(DAYS_PROMISED), DECIDED))
			.delivered(START.plusDays(DAYS_PROMISED))
			.valueNotRealised(DECIDED.plus(Duration.ofDays(300)), "Nobody uses it"));
		assertThat(portfolio.figures()).isSameAs(first);

		portfolio.changed();
		PortfolioFigures second = portfolio.figures();
		assertThat(second.company().finished()).isEqualTo(first.company().finished() + 1);
		assertThat(portfolio.figures()).isSameAs(second);

		PortfolioPages pages = new PortfolioPages(portfolio, this.context, this.context.getBean(InitiativeText.class),
				this.context.getBean(Formats.class), this.context.getBean(RenderedOnce.class));
		Reader reader = new Reader(sponsor.id(), null, true, false, false, false, false);
		PortfolioView view = pages.viewFor(reader, Locale.ENGLISH);
		assertThat(pages.viewFor(reader, Locale.ENGLISH)).isSameAs(view);
		assertThat(view.money()).isNull();
		assertThat(view.counts()).startsWith(second.company().finished() + " finished");
		assertThat(view.chart().labels().split(",")).hasSize(Portfolio.TREND_QUARTERS);
		String html = pages.htmlFor(reader, Locale.ENGLISH);
		assertThat(pages.htmlFor(reader, Locale.ENGLISH)).isSameAs(html);
		assertThat(html).contains("id=\"portfolio-counts\">" + view.counts()).doesNotContain("portfolio-money");
		Reader itManager = new Reader(itOwner.id(), null, false, true, true, false, false);
		assertThat(pages.htmlFor(itManager, Locale.ENGLISH)).contains("id=\"portfolio-money\"");
		assertThat(pages.htmlFor(reader, Locale.GERMAN)).isNotSameAs(html);
	}

	@Test
	void theChartSeriesAreTheTrendsSharesInQuarterOrder() throws Exception {
		PeopleFixture people = new PeopleFixture(this.context);
		Someone owner = people.someone("Chart service owner", Role.SERVICE_OWNER);
		PortfolioFigures figures = this.context.getBean(Portfolio.class).figures();
		String budget = figures.trend()
			.stream()
			.map((q) -> (q.totals().budget().missedPercent() != null) ? q.totals().budget().missedPercent().toString()
					: "")
			.collect(Collectors.joining(","));
		this.mvc.perform(get("/portfolio").with(httpBasic(owner.username(), owner.password())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-budget=\"" + budget + "\"")))
			.andExpect(content().string(containsString("id=\"portfolio-budget\"")));
	}

	long scored(InitiativeId id) {
		return this.jdbc.sql("select count(*) from scored_promise where initiative_id = :id")
			.param("id", id.value())
			.query(Long.class)
			.single();
	}

	static BigDecimal ratio(int actual, int promised) {
		return BigDecimal.valueOf(actual)
			.divide(BigDecimal.valueOf(promised), MathContext.DECIMAL64)
			.subtract(BigDecimal.ONE);
	}

	static BigDecimal average(List<BigDecimal> values) {
		return values.stream()
			.reduce(BigDecimal.ZERO, BigDecimal::add)
			.divide(BigDecimal.valueOf(values.size()), MathContext.DECIMAL64);
	}

	static void assertMeasure(String json, String path, long missed, BigDecimal averageOverrun) {
		List<Number> counted = JsonPath.read(json, path + ".counted");
		List<Number> missedNow = JsonPath.read(json, path + ".missed");
		List<Number> average = JsonPath.read(json, path + ".averageOverrun");
		assertThat(counted).as(path).containsExactly(CASES.size());
		assertThat(missedNow).as(path).containsExactly((int) missed);
		assertThat(new BigDecimal(average.get(0).toString()).setScale(6, RoundingMode.HALF_UP)).as(path)
			.isEqualByComparingTo(averageOverrun.setScale(6, RoundingMode.HALF_UP));
	}

}
