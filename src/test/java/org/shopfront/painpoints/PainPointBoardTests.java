package org.shopfront.painpoints;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.shopfront.ShopfrontTest;
import org.shopfront.people.PeopleFixture;
import org.shopfront.people.PeopleFixture.Someone;
import org.shopfront.people.Role;
import org.shopfront.tickets.Ticket;
import org.shopfront.tickets.TicketFixture;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pain-point board on the test database: its figures for a run whose grouping the
 * test chose, improvements and their "you said, we did", the pages and what the public
 * one must never show.
 */
@ShopfrontTest
@RecordApplicationEvents
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PainPointBoardTests {

	static final Instant MONDAY_2_MARCH = Instant.parse("2026-03-02T12:00:00Z");

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	PainPointBoardQueries queries;

	@Autowired
	MiningRuns runs;

	@Autowired
	ImprovingPainPoints improving;

	PainPointFixture fixture;

	Someone owner;

	Someone fulfiller;

	Someone customer;

	@BeforeAll
	void people() {
		this.fixture = new PainPointFixture(this.context);
		PeopleFixture people = new PeopleFixture(this.context);
		this.owner = people.someone("Board Owner", Role.SERVICE_OWNER);
		this.fulfiller = people.someone("Board Fulfiller", Role.FULFILLER);
		this.customer = people.someone("Board Customer");
	}

	/** Vpn: 4 tickets, cheap to fix; mailbox: 2 tickets that take days. */
	record Corpus(MiningRunId run, String source, long[] vpn, long[] mailbox) {
	}

	Corpus corpus() {
		String source = TicketFixture.uniqueSource("board");
		List<Ticket> vpn = List.of(ticket(source, "V1", "VPN drops", 0, 1, 0, "Sales", "Berlin"),
				ticket(source, "V2", "VPN drops again", 0, 2, 1, "Sales", "Berlin"),
				ticket(source, "V3", "VPN gateway down", 7, 3, 0, "Sales", "Lyon"),
				ticket(source, "V4", "VPN login fails", 14, 10, null, "HR", "Lyon"));
		List<Ticket> mailbox = List.of(ticket(source, "M1", "Mailbox full", 14, 100, 0, "Finance", "Leeds"),
				ticket(source, "M2", "Mailbox full again", 16, 200, 0, "Finance", "Leeds"));
		long[] vpnIds = this.fixture.store(vpn);
		long[] mailboxIds = this.fixture.store(mailbox);
		Map<String, long[]> groups = new LinkedHashMap<>();
		groups.put("vpn " + source, vpnIds);
		groups.put("mailbox " + source, mailboxIds);
		return new Corpus(this.fixture.run(groups), source, vpnIds, mailboxIds);
	}

	static Ticket ticket(String source, String number, String title, int day, int hoursToResolve, Integer reopened,
			String unit, String location) {
		Instant opened = MONDAY_2_MARCH.plus(Duration.ofDays(day));
		return new Ticket(source, number, title, "Ticket text of " + number, "Network", opened,
				opened.plus(Duration.ofHours(hoursToResolve)), "Caller Zebedee", "Desk", location, unit, reopened);
	}

	@Test
	void ranksPainPointsByHoursLostWithTheirFigures() {
		Corpus corpus = corpus();
		PainPointBoard board = this.queries.board(this.runs.find(corpus.run()).orElseThrow());
		assertThat(board.painPoints()).extracting(PainPointSummary::label)
			.containsExactly("mailbox " + corpus.source(), "vpn " + corpus.source());
		PainPointSummary mailbox = board.painPoints().get(0);
		PainPointSummary vpn = board.painPoints().get(1);
		assertThat(vpn.tickets()).isEqualTo(4);
		assertThat(vpn.medianHours()).as("from a histogram").isCloseTo(2.5, withinPercentage(10));
		assertThat(vpn.hoursLost()).isCloseTo(4 * vpn.medianHours(), within(0.001));
		assertThat(vpn.reopenShare()).as("one of the three that say").isCloseTo(1 / 3.0, within(0.001));
		assertThat(vpn.units()).containsExactly(new PainPointSummary.Share("Sales", 3),
				new PainPointSummary.Share("HR", 1));
		assertThat(vpn.locations()).containsExactly(new PainPointSummary.Share("Berlin", 2),
				new PainPointSummary.Share("Lyon", 2));
		assertThat(mailbox.medianHours()).isCloseTo(150, withinPercentage(10));
		assertThat(mailbox.hoursLost()).isCloseTo(2 * mailbox.medianHours(), within(0.001));
		assertThat(board.weeks()).hasSize(12).last().isEqualTo(LocalDate.parse("2026-03-16"));
		assertThat(vpn.weekly().subList(9, 12)).containsExactly(2L, 1L, 1L);
		assertThat(mailbox.weekly().subList(9, 12)).containsExactly(0L, 0L, 2L);
	}

	@Test
	void improvementIsAPromiseAndShowsVolumeBeforeAndAfter(ApplicationEvents events) throws Exception {
		Corpus corpus = corpus();
		PainPointId vpn = this.fixture.painPoint(corpus.run(), "vpn " + corpus.source());
		this.mvc
			.perform(post("/listening/pain-points/{id}/improvements", vpn.value()).with(csrf())
				.with(httpBasic(this.owner.username(), this.owner.password()))
				.param("title", "New VPN gateway")
				.param("owner", "Network team")
				.param("promisedOn", "2026-03-10"))
			.andExpect(status().is3xxRedirection());
		ImprovementPromised promised = events.stream(ImprovementPromised.class)
			.filter((e) -> e.painPoint().equals(vpn))
			.findFirst()
			.orElseThrow();
		assertThat(promised.owner()).isEqualTo("Network team");
		assertThat(promised.promisedOn()).isEqualTo(LocalDate.parse("2026-03-10"));

		this.improving.done(promised.improvement(), LocalDate.parse("2026-03-11"));
		ImprovementDone done = events.stream(ImprovementDone.class).reduce((a, b) -> b).orElseThrow();
		assertThat(done.kept()).as("a day late").isFalse();
		ImprovementView view = this.queries.improvements()
			.stream()
			.filter((v) -> v.improvement().id().equals(promised.improvement()))
			.findFirst()
			.orElseThrow();
		assertThat(view.before()).hasSize(12).endsWith(2L);
		assertThat(view.after()).hasSize(12).startsWith(1L);
		assertThat(view.averageBefore()).isCloseTo(2 / 12.0, within(0.001));
		assertThat(view.averageAfter()).isCloseTo(1 / 12.0, within(0.001));
	}

	@Test
	void improvementNeedsAllItsFields() throws Exception {
		Corpus corpus = corpus();
		PainPointId vpn = this.fixture.painPoint(corpus.run(), "vpn " + corpus.source());
		String page = this.mvc
			.perform(post("/listening/pain-points/{id}/improvements", vpn.value()).with(csrf())
				.with(httpBasic(this.owner.username(), this.owner.password()))
				.param("title", "")
				.param("owner", "Network team")
				.param("promisedOn", ""))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("is-invalid").contains("Please fill this in.");
	}

	@Test
	void drillDownShowsTheTicketsEscaped() throws Exception {
		String source = TicketFixture.uniqueSource("escaped");
		long[] ids = this.fixture.store(List.of(new Ticket(source, "X1", "<script>alert(1)</script>",
				"<b>bold</b> words", null, MONDAY_2_MARCH, null, "Caller Zebedee", null, null, null, null)));
		MiningRunId run = this.fixture.run(Map.of("scripts " + source, ids));
		PainPointId point = this.fixture.painPoint(run, "scripts " + source);
		String page = this.mvc
			.perform(get("/listening/pain-points/{id}", point.value())
				.with(httpBasic(this.fulfiller.username(), this.fulfiller.password())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;")
			.contains("&lt;b&gt;bold&lt;/b&gt;")
			.doesNotContain("<script>alert(1)")
			.contains("Caller Zebedee");
	}

	@Test
	void publicPageShowsPainPointsButNoTicketTextNorCaller() throws Exception {
		Corpus corpus = corpus();
		PainPointId vpn = this.fixture.painPoint(corpus.run(), "vpn " + corpus.source());
		this.improving.promise(vpn, new ImprovementForm("New VPN gateway", "Network team", LocalDate.now()), "Tester");
		String page = this.mvc
			.perform(get("/pain-points/public").with(httpBasic(this.customer.username(), this.customer.password())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("vpn " + corpus.source()).contains("New VPN gateway");
		assertThat(page).doesNotContain("Caller Zebedee")
			.doesNotContain("Ticket text of")
			.doesNotContain("VPN drops")
			.doesNotContain("Mailbox full")
			.doesNotContain("/listening/pain-points/");
	}

	@Test
	void miningProgressIsAFragmentThatPollsWhileTheRunGoes() throws Exception {
		this.context.getBean(MiningPainPointsJob.class).awaitIdle();
		MiningRunId run = this.runs.start(MiningTrigger.ON_DEMAND, "Tester", "test", Instant.now()).orElseThrow();
		try {
			this.runs.progress(run, MiningPhase.CLUSTERING, 40, 1000, Instant.now());
			String fragment = this.mvc
				.perform(get("/listening/mining").header("HX-Request", "true")
					.with(httpBasic(this.fulfiller.username(), this.fulfiller.password())))
				.andExpect(status().isOk())
				.andExpect(header().doesNotExist("HX-Refresh"))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(fragment).startsWith("<div").doesNotContain("<html").contains("id=\"mining\"");
			assertThat(fragment).contains("hx-trigger=\"every 1s\"").contains("40 %");
			String page = this.mvc
				.perform(get("/listening").with(httpBasic(this.fulfiller.username(), this.fulfiller.password())))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(page).contains("<html").contains("id=\"mining\"").contains("40 %");
		}
		finally {
			this.runs.fail(run, Instant.now());
		}
		this.mvc
			.perform(get("/listening/mining").param("watching", run.value().toString())
				.header("HX-Request", "true")
				.with(httpBasic(this.fulfiller.username(), this.fulfiller.password())))
			.andExpect(status().isOk())
			.andExpect(header().string("HX-Refresh", "true"));
	}

}
