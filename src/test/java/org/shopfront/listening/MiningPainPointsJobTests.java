package org.shopfront.listening;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.shopfront.ShopfrontTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A full re-mine of the stored tickets, and new tickets placed at the nearest pain point
 * afterwards, on made-up tickets about five everyday problems.
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
		String source = ListeningFixture.uniqueSource("mined");
		List<Ticket> tickets = PainPointDemoTickets.generate(source, 200, 8, END, 7);
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
		for (String caller : PainPointDemoTickets.CALLERS) {
			for (String word : caller.toLowerCase(Locale.ROOT).split(" ")) {
				assertThat(labels).noneMatch((label) -> label.toLowerCase(Locale.ROOT).contains(word));
			}
		}
	}

	@Test
	void newTicketIsPlacedWhereItsTwinWasMined() {
		PainPointFixture fixture = new PainPointFixture(this.context);
		// A mining run reads every stored ticket; this test wants a corpus it knows.
		this.job.awaitIdle();
		fixture.forgetAllTickets();
		String source = ListeningFixture.uniqueSource("placed");
		List<Ticket> tickets = PainPointDemoTickets.generate(source, 200, 8, END, 11);
		long[] ids = fixture.store(tickets);
		MiningRunId id = this.job.mineNow(MiningTrigger.ON_DEMAND, "Tester").orElseThrow();
		this.assigner.assignNew();

		Ticket like = tickets.get(0);
		Ticket arrived = new Ticket(source, "NEW1", like.title(), like.description(), null, END, null, "Someone", null,
				null, null, null);
		long newId = fixture.store(List.of(arrived))[0];
		assertThat(fixture.painPointOf(id, newId)).as("not placed before the assigner runs").isNull();

		assertThat(this.assigner.assignNew()).isEqualTo(1);

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
		assertThat(this.runs.find(id).orElseThrow().lastTicketId()).isEqualTo(newId);
		assertThat(this.assigner.assignNew()).as("each ticket is placed once").isZero();
	}

}
