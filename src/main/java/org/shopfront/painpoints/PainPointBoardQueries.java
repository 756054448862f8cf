package org.shopfront.painpoints;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.shopfront.shared.HoursHistogram;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The board's figures, from the current run's rollups ({@link PainPointRollups}, decision
 * 0031): a few rows per pain point, however many tickets there are. The median time to
 * resolve is read from a histogram, to within a tenth. Weeks start on Monday; a trend
 * covers the weeks up to the newest ticket, so an import of last year's tickets still
 * shows a trend.
 */
@Component
@Transactional(readOnly = true)
class PainPointBoardQueries {

	private static final int PLACES_SHOWN = 3;

	private final JdbcClient jdbc;

	private final MiningRuns runs;

	private final Improvements improvements;

	private final PainPointSettings settings;

	private final Clock clock;

	private final ZoneId zone;

	PainPointBoardQueries(JdbcClient jdbc, MiningRuns runs, Improvements improvements, PainPointSettings settings,
			Clock clock, @Value("${shopfront.time-zone:}") String zone) {
		this.clock = clock;
		this.zone = zone.isBlank() ? ZoneId.systemDefault() : ZoneId.of(zone);
		this.jdbc = jdbc;
		this.runs = runs;
		this.improvements = improvements;
		this.settings = settings;
	}

	/**
	 * What the board's figures are made of: the current run, how often its rollups were
	 * written, the improvements and their edits, and today (an improvement's weeks after
	 * count only finished weeks). Equal versions mean equal boards.
	 */
	record Version(UUID run, long rollups, long improvements, long improvementEdits, LocalDate today) {
	}

	Version version() {
		LocalDate today = LocalDate.now(this.clock.withZone(this.zone));
		return this.jdbc.sql("""
				select r.id, r.board_version, (select count(*) from improvement) improvements,
				       (select coalesce(sum(version), 0) from improvement) edits
				from mining_run r where r.status = 'DONE' order by r.finished_at desc, r.started_at desc limit 1
				""")
			.query((rs, n) -> new Version(rs.getObject("id", UUID.class), rs.getLong("board_version"),
					rs.getLong("improvements"), rs.getLong("edits"), today))
			.optional()
			.orElseGet(() -> new Version(null, 0, 0, 0, today));
	}

	/** The board of the newest finished run, or an empty board before the first run. */
	PainPointBoard board() {
		return this.runs.current().map(this::board).orElseGet(PainPointBoard::empty);
	}

	PainPointBoard board(MiningRun run) {
		List<Figures> figures = figures(run.id());
		LocalDate newest = this.jdbc.sql("""
				select week from pain_point_week where run_id = :run and tickets > 0 order by week desc limit 1
				""").param("run", run.id().value()).query(LocalDate.class).optional().orElse(null);
		List<LocalDate> weeks = (newest != null) ? weeksEndingAt(newest, this.settings.weeks()) : List.of();
		Map<UUID, Map<LocalDate, Long>> weekly = weekly(run.id(), weeks);
		Map<UUID, List<PainPointSummary.Share>> units = shares(run.id(), PainPointTally.UNIT);
		Map<UUID, List<PainPointSummary.Share>> locations = shares(run.id(), PainPointTally.LOCATION);
		List<PainPointSummary> painPoints = new ArrayList<>();
		for (Figures f : figures) {
			Map<LocalDate, Long> counts = weekly.getOrDefault(f.id(), Map.of());
			List<Long> series = weeks.stream().map((w) -> counts.getOrDefault(w, 0L)).toList();
			double perTicket = (this.settings.hoursLostPerTicket() > 0) ? this.settings.hoursLostPerTicket()
					: (f.medianHours() != null) ? f.medianHours() : 0;
			painPoints.add(new PainPointSummary(new PainPointId(f.id()), f.label(), f.terms(), f.tickets(), series,
					f.medianHours(), f.reopenShare(), units.getOrDefault(f.id(), List.of()),
					locations.getOrDefault(f.id(), List.of()), f.tickets() * perTicket, trend(series)));
		}
		painPoints.sort(Comparator.comparingDouble(PainPointSummary::hoursLost)
			.thenComparingLong(PainPointSummary::tickets)
			.reversed());
		return new PainPointBoard(run, weeks, painPoints, improvements());
	}

	/** Every improvement, newest first, with the weeks around the day it was done. */
	List<ImprovementView> improvements() {
		return this.improvements.labelled().stream().map((l) -> view(l.improvement(), l.label())).toList();
	}

	ImprovementView view(Improvement improvement, String label) {
		if (improvement.doneOn() == null) {
			return new ImprovementView(improvement, label, List.of(), List.of(), List.of());
		}
		int n = this.settings.weeks();
		LocalDate doneWeek = monday(improvement.doneOn());
		List<LocalDate> weeks = new ArrayList<>();
		for (int w = -n; w <= n; w++) {
			weeks.add(doneWeek.plusWeeks(w));
		}
		Map<LocalDate, Long> counts = new HashMap<>();
		this.jdbc.sql("""
				select week, tickets from pain_point_week
				where pain_point_id = :point and week >= :from and week < :to
				""")
			.param("point", improvement.painPoint().value())
			.param("from", weeks.get(0))
			.param("to", doneWeek.plusWeeks(n + 1))
			.query((rs, row) -> counts.put(rs.getObject("week", LocalDate.class), rs.getLong("tickets")))
			.list();
		List<Long> before = weeks.subList(0, n).stream().map((w) -> counts.getOrDefault(w, 0L)).toList();
		// The week it was done belongs to neither side; after counts only finished weeks.
		LocalDate today = LocalDate.now(this.clock.withZone(this.zone));
		List<Long> after = weeks.subList(n + 1, weeks.size())
			.stream()
			.filter((w) -> !w.plusWeeks(1).isAfter(today))
			.map((w) -> counts.getOrDefault(w, 0L))
			.toList();
		return new ImprovementView(improvement, label, weeks, before, after);
	}

	private List<Figures> figures(MiningRunId run) {
		return this.jdbc.sql("""
				select p.id, p.label, p.terms, f.tickets, f.reopened, f.told_reopens, f.resolve_hours
				from pain_point p
				left join pain_point_figures f on f.pain_point_id = p.id
				where p.run_id = :run
				""").param("run", run.value()).query((rs, n) -> {
			long told = rs.getLong("told_reopens");
			return new Figures(rs.getObject("id", UUID.class), rs.getString("label"),
					List.of(rs.getString("terms").split("\n")), rs.getLong("tickets"),
					new HoursHistogram().addEncoded(rs.getString("resolve_hours")).median(),
					(told > 0) ? rs.getLong("reopened") / (double) told : null);
		}).list();
	}

	private Map<UUID, Map<LocalDate, Long>> weekly(MiningRunId run, List<LocalDate> weeks) {
		Map<UUID, Map<LocalDate, Long>> weekly = new HashMap<>();
		if (weeks.isEmpty()) {
			return weekly;
		}
		this.jdbc.sql("""
				select pain_point_id, week, tickets from pain_point_week where run_id = :run and week >= :from
				""")
			.param("run", run.value())
			.param("from", weeks.get(0))
			.query((rs, n) -> weekly.computeIfAbsent(rs.getObject("pain_point_id", UUID.class), (id) -> new HashMap<>())
				.put(rs.getObject("week", LocalDate.class), rs.getLong("tickets")))
			.list();
		return weekly;
	}

	private Map<UUID, List<PainPointSummary.Share>> shares(MiningRunId run, String kind) {
		Map<UUID, List<PainPointSummary.Share>> shares = new HashMap<>();
		this.jdbc.sql("""
				select pain_point_id, place, tickets from pain_point_place
				where run_id = :run and kind = :kind and tickets > 0
				order by tickets desc, place
				""").param("run", run.value()).param("kind", kind).query((rs, n) -> {
			List<PainPointSummary.Share> list = shares.computeIfAbsent(rs.getObject("pain_point_id", UUID.class),
					(id) -> new ArrayList<>());
			if (list.size() < PLACES_SHOWN) {
				list.add(new PainPointSummary.Share(rs.getString("place"), rs.getLong("tickets")));
			}
			return list;
		}).list();
		return shares;
	}

	static List<LocalDate> weeksEndingAt(LocalDate newest, int count) {
		LocalDate last = monday(newest);
		List<LocalDate> weeks = new ArrayList<>();
		for (int w = count - 1; w >= 0; w--) {
			weeks.add(last.minusWeeks(w));
		}
		return weeks;
	}

	static LocalDate monday(LocalDate day) {
		return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	/** Last four weeks against the four before, in percent. */
	static Integer trend(List<Long> series) {
		if (series.size() < 8) {
			return null;
		}
		long recent = series.subList(series.size() - 4, series.size()).stream().mapToLong(Long::longValue).sum();
		long before = series.subList(series.size() - 8, series.size() - 4).stream().mapToLong(Long::longValue).sum();
		return (before == 0) ? null : (int) Math.round((recent - before) * 100.0 / before);
	}

	private record Figures(UUID id, String label, List<String> terms, long tickets, Double medianHours,
			Double reopenShare) {
	}

}
