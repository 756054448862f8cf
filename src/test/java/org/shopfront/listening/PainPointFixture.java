package org.shopfront.listening;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Stores tickets and mining runs for the board's tests: tickets go in as an import stores
 * them, and a run can be written with a grouping chosen by the test, so that the board's
 * figures are known exactly whatever other tests left in the database.
 */
public final class PainPointFixture {

	private final Tickets tickets;

	private final MiningRuns runs;

	private final PainPoints painPoints;

	private final JdbcClient jdbc;

	private final ImprovingPainPoints improving;

	private final MiningPainPointsJob job;

	public PainPointFixture(ApplicationContext context) {
		this.job = context.getBean(MiningPainPointsJob.class);
		this.improving = context.getBean(ImprovingPainPoints.class);
		this.tickets = context.getBean(Tickets.class);
		this.runs = context.getBean(MiningRuns.class);
		this.painPoints = context.getBean(PainPoints.class);
		this.jdbc = context.getBean(JdbcClient.class);
	}

	/** A pain point of one ticket, in a run of its own. */
	public UUID somePainPoint() {
		String source = ListeningFixture.uniqueSource("point");
		long[] ids = store(List.of(new Ticket(source, "P1", "Printer jams", "It jams.", null, Instant.now(), null,
				"Someone", null, null, null, null)));
		MiningRunId run = run(Map.of("printer " + source, ids));
		return painPoint(run, "printer " + source).value();
	}

	/** An improvement promised against the pain point. */
	public UUID improvement(UUID painPoint) {
		return this.improving
			.promise(new PainPointId(painPoint), new ImprovementForm("Fix it", "Desk team", LocalDate.now()), "Tester")
			.value();
	}

	/** Stores the tickets and returns their ids, in the order given. */
	long[] store(List<Ticket> stored) {
		this.tickets.upsert(stored, null, Instant.now());
		return stored.stream().mapToLong((t) -> id(t.source(), t.number())).toArray();
	}

	long id(String source, String number) {
		return this.jdbc.sql("select id from ticket where source = :source and ticket_number = :number")
			.param("source", source)
			.param("number", number)
			.query(Long.class)
			.single();
	}

	/**
	 * A finished run whose pain points hold exactly the given tickets, labelled by the
	 * map's keys.
	 */
	MiningRunId run(Map<String, long[]> groups) {
		this.job.awaitIdle();
		MiningRunId run = this.runs.start(MiningTrigger.ON_DEMAND, "Tester", "fixture", Instant.now()).orElseThrow();
		List<String> labels = List.copyOf(groups.keySet());
		List<PainPoints.Found> found = labels.stream()
			.map((label) -> new PainPoints.Found(new PainPointId(UUID.randomUUID()), labels.indexOf(label), label,
					List.of(label), groups.get(label).length, List.of(groups.get(label)[0]),
					PainPointCentroid.of(Map.of(label, 1f))))
			.toList();
		this.painPoints.add(run, found);
		for (PainPoints.Found p : found) {
			long[] ids = groups.get(p.label());
			PainPointId[] points = new PainPointId[ids.length];
			Arrays.fill(points, p.id());
			this.painPoints.assign(run, ids, points, 0, ids.length);
		}
		this.runs.finish(run, found.size(), Long.MAX_VALUE, Instant.now());
		return run;
	}

	PainPointId painPoint(MiningRunId run, String label) {
		return this.jdbc.sql("select id from pain_point where run_id = :run and label = :label")
			.param("run", run.value())
			.param("label", label)
			.query((rs, n) -> new PainPointId(rs.getObject("id", UUID.class)))
			.single();
	}

	/** Deletes every stored ticket, and with them their places in mining runs. */
	void forgetAllTickets() {
		this.jdbc.sql("delete from ticket").update();
	}

	/** The pain point a ticket belongs to in a run. */
	PainPointId painPointOf(MiningRunId run, long ticket) {
		return this.jdbc.sql("select pain_point_id from pain_point_ticket where run_id = :run and ticket_id = :ticket")
			.param("run", run.value())
			.param("ticket", ticket)
			.query((rs, n) -> new PainPointId(rs.getObject("pain_point_id", UUID.class)))
			.optional()
			.orElse(null);
	}

	long assigned(MiningRunId run) {
		return this.jdbc.sql("select count(*) from pain_point_ticket where run_id = :run")
			.param("run", run.value())
			.query(Long.class)
			.single();
	}

}
