package org.shopfront.painpoints;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.shopfront.shared.Timestamps;
import org.shopfront.tickets.Ticket;
import org.shopfront.tickets.TicketFixture;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Stores tickets and mining runs for the board's tests: tickets go in as an import stores
 * them (announcing nothing), and a run can be written with a grouping chosen by the test,
 * so that the board's figures are known exactly whatever other tests left in the
 * database.
 */
public final class PainPointFixture {

	private final TicketFixture tickets;

	private final MiningRuns runs;

	private final PainPoints painPoints;

	private final JdbcClient jdbc;

	private final ImprovingPainPoints improving;

	private final MiningPainPointsJob job;

	public PainPointFixture(ApplicationContext context) {
		this.job = context.getBean(MiningPainPointsJob.class);
		this.improving = context.getBean(ImprovingPainPoints.class);
		this.tickets = new TicketFixture(context);
		this.runs = context.getBean(MiningRuns.class);
		this.painPoints = context.getBean(PainPoints.class);
		this.jdbc = context.getBean(JdbcClient.class);
	}

	/** A pain point of one ticket, in a run of its own. */
	public UUID somePainPoint() {
		String source = TicketFixture.uniqueSource("point");
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
		return this.tickets.storeQuietly(stored);
	}

	long id(String source, String number) {
		return this.tickets.id(source, number);
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
			List<PainPoints.Placement> placements = facts(groups.get(p.label())).stream()
				.map((facts) -> new PainPoints.Placement(facts, p.id()))
				.toList();
			this.painPoints.assign(run, placements);
		}
		this.runs.finish(run, found.size(), Long.MAX_VALUE, Instant.now());
		return run;
	}

	/** The stored facts of the tickets, as a mining run reads them. */
	private List<TicketFacts> facts(long[] ids) {
		return this.jdbc.sql("""
				select id, opened_at, resolved_at, reopen_count, business_unit, location from ticket where id in (:ids)
				""")
			.param("ids", Arrays.stream(ids).boxed().toList())
			.query((rs, n) -> new TicketFacts(rs.getLong("id"), Timestamps.read(rs, "opened_at"),
					Timestamps.read(rs, "resolved_at"), rs.getObject("reopen_count", Integer.class),
					rs.getString("business_unit"), rs.getString("location")))
			.list();
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
