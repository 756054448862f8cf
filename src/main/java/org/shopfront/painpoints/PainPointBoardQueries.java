package org.shopfront.painpoints;

import java.sql.Date;
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

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The board's figures, from the places of the current run's tickets and the facts kept
 * with them (the board reads no ticket): a few grouped queries, however many tickets
 * there are. Weeks start on Monday; a trend covers the weeks up to the newest ticket, so
 * an import of last year's tickets still shows a trend.
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

	/** The board of the newest finished run, or an empty board before the first run. */
	PainPointBoard board() {
		return this.runs.current().map(this::board).orElseGet(PainPointBoard::empty);
	}

	PainPointBoard board(MiningRun run) {
		List<Figures> figures = figures(run.id());
		LocalDate newest = figures.stream()
			.map(Figures::newest)
			.filter((d) -> d != null)
			.max(Comparator.naturalOrder())
			.orElse(null);
		List<LocalDate> weeks = (newest != null) ? weeksEndingAt(newest, this.settings.weeks()) : List.of();
		Map<UUID, Map<LocalDate, Long>> weekly = weekly(run.id(), weeks);
		Map<UUID, List<PainPointSummary.Share>> units = shares(run.id(), "business_unit");
		Map<UUID, List<PainPointSummary.Share>> locations = shares(run.id(), "location");
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
				select cast(opened_at as date) as opened_on, count(*) as tickets
				from pain_point_ticket
				where pain_point_id = :point and opened_at >= :from and opened_at < :to
				group by cast(opened_at as date)
				""")
			.param("point", improvement.painPoint().value())
			.param("from", Date.valueOf(weeks.get(0)))
			.param("to", Date.valueOf(doneWeek.plusWeeks(n + 1)))
			.query((rs, row) -> counts.merge(monday(rs.getObject("opened_on", LocalDate.class)), rs.getLong("tickets"),
					Long::sum))
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
				select p.id, p.label, p.terms, count(a.ticket_id) as tickets,
				       percentile_cont(0.5) within group (order by
				           extract(epoch from a.resolved_at) - extract(epoch from a.opened_at)) as median_seconds,
				       sum(case when a.reopen_count > 0 then 1 else 0 end) as reopened,
				       count(a.reopen_count) as told_reopens,
				       max(cast(a.opened_at as date)) as newest
				from pain_point p
				left join pain_point_ticket a on a.pain_point_id = p.id and a.run_id = p.run_id
				where p.run_id = :run
				group by p.id, p.label, p.terms
				""").param("run", run.value()).query((rs, n) -> {
			Number median = (Number) rs.getObject("median_seconds");
			long told = rs.getLong("told_reopens");
			return new Figures(rs.getObject("id", UUID.class), rs.getString("label"),
					List.of(rs.getString("terms").split("\n")), rs.getLong("tickets"),
					(median != null) ? median.doubleValue() / 3600 : null,
					(told > 0) ? rs.getLong("reopened") / (double) told : null,
					rs.getObject("newest", LocalDate.class));
		}).list();
	}

	private Map<UUID, Map<LocalDate, Long>> weekly(MiningRunId run, List<LocalDate> weeks) {
		Map<UUID, Map<LocalDate, Long>> weekly = new HashMap<>();
		if (weeks.isEmpty()) {
			return weekly;
		}
		this.jdbc.sql("""
				select pain_point_id, cast(opened_at as date) as opened_on, count(*) as tickets
				from pain_point_ticket
				where run_id = :run and opened_at >= :from
				group by pain_point_id, cast(opened_at as date)
				""").param("run", run.value()).param("from", Date.valueOf(weeks.get(0))).query((rs, n) -> {
			LocalDate day = rs.getObject("opened_on", LocalDate.class);
			return weekly.computeIfAbsent(rs.getObject("pain_point_id", UUID.class), (id) -> new HashMap<>())
				.merge(monday(day), rs.getLong("tickets"), Long::sum);
		}).list();
		return weekly;
	}

	private Map<UUID, List<PainPointSummary.Share>> shares(MiningRunId run, String column) {
		Map<UUID, List<PainPointSummary.Share>> shares = new HashMap<>();
		// The column is one of two fixed names, never user input.
		this.jdbc.sql("""
				select pain_point_id, %1$s as place, count(*) as tickets
				from pain_point_ticket
				where run_id = :run and %1$s is not null
				group by pain_point_id, %1$s
				order by count(*) desc, %1$s
				""".formatted(column)).param("run", run.value()).query((rs, n) -> {
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
			Double reopenShare, LocalDate newest) {
	}

}
