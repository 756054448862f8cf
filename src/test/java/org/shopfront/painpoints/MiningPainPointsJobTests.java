package org.shopfront.painpoints;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shopfront.ShopfrontTest;
import org.shopfront.painpoints.mining.MiningLanguage;
import org.shopfront.painpoints.mining.TextAnalysis;
import org.shopfront.tickets.Ticket;
import org.shopfront.tickets.TicketFixture;
import org.shopfront.tickets.TicketIntake;
import org.shopfront.tickets.TicketTexts;
import org.shopfront.tickets.TicketsImported;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A full re-mine of the stored tickets, and the tickets of each later import placed at
 * the nearest pain point when the import commits, on made-up tickets about five everyday
 * problems.
 */
@ShopfrontTest
class MiningPainPointsJobTests {

	static final Instant END = Instant.parse("2026-03-02T12:00:00Z");

	@Autowired
	ApplicationContext context;

	@Autowired
	MiningPainPointsJob job;

	@Autowired
	PainPointAssigner assigner;

	@Autowired
	StoringMiningRun storing;

	@Autowired
	TicketIntake intake;

	@Autowired
	MiningRuns runs;

	@Autowired
	TicketTexts texts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void mineStoresEveryTicketsPainPointAndFinishesAtFullProgress() {
		PainPointFixture fixture = new PainPointFixture(this.context);
		this.job.awaitIdle();
		fixture.forgetAllTickets();
		String source = TicketFixture.uniqueSource("mined");
		List<Ticket> tickets = MadeUpTickets.generate(source, 200, 8, END, 7);
		long[] ids = fixture.store(tickets);
		this.job.awaitIdle();

		MiningRunId id = this.job.mineNow(MiningTrigger.ON_DEMAND, "Tester").orElseThrow();

		MiningRun run = this.runs.find(id).orElseThrow();
		assertThat(run.status()).isEqualTo(MiningStatus.DONE);
		assertThat(run.phase()).isEqualTo(MiningPhase.FINISHED);
		assertThat(run.progress()).isEqualTo(100);
		assertThat(run.tickets()).isEqualTo(this.texts.count());
		assertThat(fixture.assigned(id)).isEqualTo(run.tickets());
		assertThat(run.k()).isGreaterThanOrEqualTo(2);
		assertThat(this.runs.current()).map(MiningRun::id).contains(id);
		// A pain point holds tickets about one problem, not a mix.
		Map<PainPointId, Map<String, Integer>> problems = new HashMap<>();
		for (int i = 0; i < tickets.size(); i++) {
			problems.computeIfAbsent(fixture.painPointOf(id, ids[i]), (p) -> new HashMap<>())
				.merge(tickets.get(i).category(), 1, Integer::sum);
		}
		int pure = problems.values()
			.stream()
			.mapToInt((counts) -> counts.values().stream().mapToInt(Integer::intValue).max().orElse(0))
			.sum();
		assertThat(pure).as("tickets in the main problem of their pain point").isGreaterThan(tickets.size() * 9 / 10);
		// Signatures carry the callers' names; the public page shows labels.
		List<String> labels = this.jdbc.sql("select label from pain_point where run_id = :run")
			.param("run", id.value())
			.query(String.class)
			.list();
		for (String caller : MadeUpTickets.CALLERS) {
			for (String word : caller.toLowerCase(Locale.ROOT).split(" ")) {
				assertThat(labels).noneMatch((label) -> label.toLowerCase(Locale.ROOT).contains(word));
			}
		}
	}

	@Test
	void newTicketIsPlacedWhereItsTwinWasMinedOnceItsImportCommits() {
		PainPointFixture fixture = new PainPointFixture(this.context);
		// A mining run reads every stored ticket; this test wants a corpus it knows.
		this.job.awaitIdle();
		fixture.forgetAllTickets();
		String source = TicketFixture.uniqueSource("placed");
		List<Ticket> tickets = MadeUpTickets.generate(source, 200, 8, END, 11);
		long[] ids = fixture.store(tickets);
		MiningRunId id = this.job.mineNow(MiningTrigger.ON_DEMAND, "Tester").orElseThrow();
		long placedBefore = fixture.assigned(id);

		Ticket like = tickets.get(0);
		Instant before = Instant.now().minusSeconds(1);
		this.intake.store(source, List.of(new Ticket(source, "NEW1", like.title(), like.description(), null, END, null,
				"Someone", null, null, null, null)), "Tester");
		long newId = fixture.id(source, "NEW1");

		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(fixture.painPointOf(id, newId)).isNotNull());
		PainPointId placed = fixture.painPointOf(id, newId);
		assertThat(placed).as("placed with the mined ticket it repeats").isEqualTo(fixture.painPointOf(id, ids[0]));
		long sameProblem = 0;
		long all = 0;
		for (int i = 0; i < tickets.size(); i++) {
			if (placed.equals(fixture.painPointOf(id, ids[i]))) {
				all++;
				sameProblem += tickets.get(i).category().equals(like.category()) ? 1 : 0;
			}
		}
		assertThat(sameProblem).as("its pain point is about the same problem").isGreaterThan(all / 2);
		TicketsImported imported = this.texts.importedSince(before)
			.stream()
			.filter((i) -> i.source().equals(source))
			.findFirst()
			.orElseThrow();
		assertThat(this.assigner.place(imported, this.runs.find(id).orElseThrow())).isEqualTo(1);
		assertThat(fixture.assigned(id)).as("each ticket is placed once").isEqualTo(placedBefore + 1);
	}

	@Test
	void everyRepeatedTicketLandsWithItsTwinInAMixedCorpus() {
		PainPointFixture fixture = new PainPointFixture(this.context);
		this.job.awaitIdle();
		fixture.forgetAllTickets();
		String source = TicketFixture.uniqueSource("twins");
		List<Ticket> tickets = MadeUpTickets.generate(source, 300, 8, END, 17);
		long[] ids = fixture.store(tickets);
		MiningRunId id = this.job.mineNow(MiningTrigger.ON_DEMAND, "Tester").orElseThrow();

		List<Ticket> twins = new ArrayList<>();
		for (int i = 0; i < tickets.size(); i++) {
			Ticket like = tickets.get(i);
			twins.add(new Ticket(source, "TWIN-" + i, like.title(), like.description(), null, END, null, "Someone",
					null, null, null, null));
		}
		this.intake.store(source, twins, "Tester");

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(fixture.painPointOf(id, fixture.id(source, "TWIN-" + (tickets.size() - 1))))
				.isNotNull());
		int withTwin = 0;
		for (int i = 0; i < tickets.size(); i++) {
			PainPointId twin = fixture.painPointOf(id, fixture.id(source, "TWIN-" + i));
			withTwin += (twin != null && twin.equals(fixture.painPointOf(id, ids[i]))) ? 1 : 0;
		}
		// The assigner and the miner see a ticket alike: the same words, phrases and
		// weights.
		assertThat(withTwin).as("repeated tickets placed with their twin")
			.isGreaterThanOrEqualTo(tickets.size() * 99 / 100);
	}

	@Test
	void changedTicketKeepsItsPainPointWithItsNewFacts() {
		PainPointFixture fixture = new PainPointFixture(this.context);
		this.job.awaitIdle();
		fixture.forgetAllTickets();
		String source = TicketFixture.uniqueSource("changed");
		List<Ticket> tickets = MadeUpTickets.generate(source, 200, 8, END, 13);
		long[] ids = fixture.store(tickets);
		MiningRunId id = this.job.mineNow(MiningTrigger.ON_DEMAND, "Tester").orElseThrow();
		PainPointId where = fixture.painPointOf(id, ids[0]);
		Ticket first = tickets.get(0);

		this.intake.store(
				source, List.of(new Ticket(source, first.number(), "Something else entirely", null, null,
						first.openedAt(), END.plusSeconds(3600), first.caller(), null, "Atlantis", "Legal", 4)),
				"Tester");

		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(
					this.jdbc.sql("select location from pain_point_ticket where run_id = :run and ticket_id = :ticket")
						.param("run", id.value())
						.param("ticket", ids[0])
						.query(String.class)
						.single())
				.isEqualTo("Atlantis"));
		assertThat(fixture.painPointOf(id, ids[0])).as("the miner's grouping stands").isEqualTo(where);
	}

	@Test
	void importThatFinishedWhileARunMinedIsPlacedInThatRun() {
		PainPointFixture fixture = new PainPointFixture(this.context);
		this.job.awaitIdle();
		String source = TicketFixture.uniqueSource("meanwhile");
		MiningRunId run = this.runs.start(MiningTrigger.ON_DEMAND, "Tester", "test", Instant.now()).orElseThrow();
		this.intake.store(source, List.of(new Ticket(source, "M-1", "Printer jams on floor 3", null, null, END, null,
				"Someone", null, null, null, null)), "Tester");
		// Its event goes to the run that is current meanwhile, if any; wait until it has.
		// Only this import's publication counts: one another test left failed would never
		// complete here.
		await().atMost(Duration.ofSeconds(20))
			.until(() -> publications(source, "is not null") > 0 && publications(source, "is null") == 0);

		String printer = new TextAnalysis(MiningLanguage.ENGLISH).terms("printer").get(0);
		this.storing.store(run, List.of(new PainPoints.Found(new PainPointId(UUID.randomUUID()), 0, "printer",
				List.of("printer"), 0, List.of(), PainPointCentroid.of(Map.of(printer, 1f)))), List.of(), new int[0]);

		assertThat(fixture.painPointOf(run, fixture.id(source, "M-1"))).isNotNull();
	}

	/** This import's publications whose completion date {@code is null} or not. */
	private long publications(String source, String completed) {
		return this.jdbc.sql("""
				select count(*) from event_publication
				where event_type like '%%TicketsImported' and serialized_event like :source
				and completion_date %s
				""".formatted(completed)).param("source", "%" + source + "%").query(Long.class).single();
	}

}
