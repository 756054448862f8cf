package org.shopfront.painpoints;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.shopfront.ShopfrontTest;
import org.shopfront.shared.Timestamps;
import org.shopfront.tickets.Ticket;
import org.shopfront.tickets.TicketFixture;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The board read from rollups shows the figures the board computed from every ticket of
 * the run before it had rollups (the old queries are kept here as the reference): on a
 * known corpus, after tickets change and move, and after a rebuild.
 */
@ShopfrontTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PainPointRollupTests {

	static final Instant START = Instant.parse("2026-01-05T08:00:00Z");

	static final String[] UNITS = { "Sales", "HR", "Finance", "Operations" };

	static final String[] LOCATIONS = { "Berlin", "Lyon", "Leeds", "Porto", "Graz" };

	@Autowired
	ApplicationContext context;

	@Autowired
	PainPointBoardQueries queries;

	@Autowired
	MiningRuns runs;

	@Autowired
	PainPoints painPoints;

	@Autowired
	PainPointRollupBackfill backfill;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	PainPointFixture fixture;

	MiningRunId run;

	@BeforeAll
	void corpus() {
		this.fixture = new PainPointFixture(this.context);
		String source = TicketFixture.uniqueSource("rollup");
		Random random = new Random(14);
		Map<String, long[]> groups = new LinkedHashMap<>();
		for (String group : List.of("printers", "vpn", "mail")) {
			List<Ticket> tickets = new ArrayList<>();
			for (int i = 0; i < 120; i++) {
				tickets.add(ticket(source, group + i, random));
			}
			groups.put(group + " " + source, this.fixture.store(tickets));
		}
		this.run = this.fixture.run(groups);
	}

	static Ticket ticket(String source, String number, Random random) {
		Instant opened = START.plus(Duration.ofMinutes(random.nextInt(20 * 7 * 24 * 60)));
		Instant resolved = (random.nextInt(10) == 0) ? null
				: opened.plus(Duration.ofMinutes((long) Math.exp(random.nextDouble() * 9)));
		Integer reopened = (random.nextInt(4) == 0) ? null : random.nextInt(3) == 0 ? 1 + random.nextInt(2) : 0;
		String unit = (random.nextInt(8) == 0) ? null : UNITS[random.nextInt(UNITS.length)];
		String location = LOCATIONS[random.nextInt(LOCATIONS.length)];
		return new Ticket(source, number, "Ticket " + number, "", "Network", opened, resolved, "Caller", "Desk",
				location, unit, reopened);
	}

	@Test
	void theBoardFromRollupsShowsTheFiguresComputedFromEveryTicket() {
		assertSameFiguresAsFromEveryTicket();
	}

	@Test
	void ticketsAnImportChangesOrMovesChangeTheFiguresAsTheirPlaces() {
		List<UUID> points = this.jdbc.sql("select id from pain_point where run_id = :run order by position")
			.param("run", this.run.value())
			.query(UUID.class)
			.list();
		List<PainPoints.Placement> changed = new ArrayList<>();
		this.jdbc.sql("""
				select ticket_id, pain_point_id, opened_at, resolved_at, reopen_count, business_unit, location
				from pain_point_ticket where run_id = :run order by ticket_id limit 40
				""").param("run", this.run.value()).query((rs, n) -> {
			TicketFacts was = PainPoints.facts(rs);
			TicketFacts now = new TicketFacts(was.ticket(), was.openedAt().minus(Duration.ofDays(3)),
					was.openedAt().plus(Duration.ofHours(n)), 2, "Legal", was.location());
			UUID moved = points.get((points.indexOf(rs.getObject("pain_point_id", UUID.class)) + n) % points.size());
			return changed.add(new PainPoints.Placement(now, new PainPointId(moved)));
		}).list();
		PainPointBoard before = board();
		this.transactions.executeWithoutResult((status) -> this.painPoints.replace(this.run, changed));
		assertSameFiguresAsFromEveryTicket();
		assertThat(board().painPoints()).as("the figures moved").isNotEqualTo(before.painPoints());
	}

	@Test
	void aRebuildFromThePlacesGivesTheSameBoard() {
		PainPointBoard before = board();
		this.transactions.executeWithoutResult((status) -> this.backfill.rebuild(this.run));
		assertThat(board().painPoints()).isEqualTo(before.painPoints());
	}

	@Test
	void anOlderRunForgottenLosesItsRollupsWithItsPlaces() {
		String source = TicketFixture.uniqueSource("forget");
		long[] ids = this.fixture.store(List.of(ticket(source, "F1", new Random(1))));
		MiningRunId older = this.fixture.run(Map.of("forgotten " + source, ids));
		assertThat(rollupRows(older)).isPositive();
		this.transactions.executeWithoutResult((status) -> this.painPoints.forgetAssignments(older));
		assertThat(rollupRows(older)).isZero();
	}

	private long rollupRows(MiningRunId run) {
		return this.jdbc.sql("""
				select (select count(*) from pain_point_figures where run_id = :run)
				     + (select count(*) from pain_point_week where run_id = :run)
				     + (select count(*) from pain_point_place where run_id = :run)
				""").param("run", run.value()).query(Long.class).single();
	}

	private PainPointBoard board() {
		return this.queries.board(this.runs.find(this.run).orElseThrow());
	}

	private void assertSameFiguresAsFromEveryTicket() {
		PainPointBoard board = board();
		Map<UUID, Reference> expected = reference(board.weeks());
		assertThat(board.weeks()).last().isEqualTo(PainPointBoardQueries.monday(newest()));
		assertThat(board.painPoints()).hasSize(expected.size());
		for (PainPointSummary point : board.painPoints()) {
			Reference reference = expected.get(point.id().value());
			assertThat(point.tickets()).as(point.label()).isEqualTo(reference.tickets());
			assertThat(point.reopenShare()).as(point.label()).isEqualTo(reference.reopenShare());
			assertThat(point.weekly()).as(point.label()).isEqualTo(reference.weekly());
			assertThat(point.units()).as(point.label()).isEqualTo(reference.units());
			assertThat(point.locations()).as(point.label()).isEqualTo(reference.locations());
			assertThat((point.medianHours() + 1) / (reference.medianHours() + 1)).as(point.label()).isBetween(0.9, 1.1);
		}
	}

	/** What the board showed before rollups, by the queries it ran on every request. */
	private Map<UUID, Reference> reference(List<LocalDate> weeks) {
		Map<UUID, Reference> figures = new HashMap<>();
		this.jdbc.sql("""
				select p.id, count(a.ticket_id) as tickets,
				       percentile_cont(0.5) within group (order by
				           extract(epoch from a.resolved_at) - extract(epoch from a.opened_at)) as median_seconds,
				       sum(case when a.reopen_count > 0 then 1 else 0 end) as reopened,
				       count(a.reopen_count) as told_reopens
				from pain_point p
				left join pain_point_ticket a on a.pain_point_id = p.id and a.run_id = p.run_id
				where p.run_id = :run
				group by p.id
				""").param("run", this.run.value()).query((rs, n) -> {
			UUID id = rs.getObject("id", UUID.class);
			long told = rs.getLong("told_reopens");
			Map<LocalDate, Long> weekly = new HashMap<>();
			this.jdbc.sql("""
					select cast(opened_at as date) as opened_on, count(*) as tickets from pain_point_ticket
					where pain_point_id = :point group by cast(opened_at as date)
					""")
				.param("point", id)
				.query((day, m) -> weekly.merge(
						PainPointBoardQueries.monday(day.getObject("opened_on", LocalDate.class)),
						day.getLong("tickets"), Long::sum))
				.list();
			return figures.put(id,
					new Reference(rs.getLong("tickets"), ((Number) rs.getObject("median_seconds")).doubleValue() / 3600,
							(told > 0) ? rs.getLong("reopened") / (double) told : null,
							weeks.stream().map((w) -> weekly.getOrDefault(w, 0L)).toList(), shares(id, "business_unit"),
							shares(id, "location")));
		}).list();
		return figures;
	}

	private List<PainPointSummary.Share> shares(UUID point, String column) {
		return this.jdbc.sql("""
				select %1$s as place, count(*) as tickets from pain_point_ticket
				where pain_point_id = :point and %1$s is not null
				group by %1$s order by count(*) desc, %1$s limit 3
				""".formatted(column))
			.param("point", point)
			.query((rs, n) -> new PainPointSummary.Share(rs.getString("place"), rs.getLong("tickets")))
			.list();
	}

	private LocalDate newest() {
		return this.jdbc.sql("select max(opened_at) as newest from pain_point_ticket where run_id = :run")
			.param("run", this.run.value())
			.query((rs, n) -> LocalDate.ofInstant(Timestamps.read(rs, "newest"), ZoneId.systemDefault()))
			.single();
	}

	private record Reference(long tickets, double medianHours, Double reopenShare, List<Long> weekly,
			List<PainPointSummary.Share> units, List<PainPointSummary.Share> locations) {
	}

}
