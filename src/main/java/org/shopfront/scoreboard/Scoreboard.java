package org.shopfront.scoreboard;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.shopfront.catalog.Catalog;
import org.shopfront.initiatives.PromiseMeasure;
import org.shopfront.people.Directory;
import org.shopfront.people.Unit;
import org.shopfront.shared.Formats;
import org.shopfront.shared.HoursHistogram;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the scoreboard from the weekly rollups: the figures of every subject of a
 * dimension, one subject's weekly trend, and the promises behind a figure. A page view
 * reads at most a year of weekly rows per subject and adds them up, hour histograms
 * included; it never reads the promises themselves except to list them. A dimension's
 * figures are kept in memory for {@code shopfront.scoreboard.cache-for} (10 s), so many
 * readers of a large board share one read; one subject's figures and trend are always
 * read afresh.
 */
@Service
@Transactional(readOnly = true)
public class Scoreboard {

	private static final String COLUMNS = """
			kept, broken, renegotiated, cancelled, warned, answers, satisfaction_answers, satisfaction_sum,
			kept_answers, said_kept
			""";

	private final JdbcClient jdbc;

	private final ScoredPromises scored;

	private final Catalog catalog;

	private final MessageSource messages;

	private final Directory directory;

	private final Clock clock;

	private final ZoneId zone;

	/** A dimension's figures as read at {@code at}. */
	private record Read(Map<UUID, Figures> figures, long at) {
	}

	/** How long a dimension's figures are served from memory (0: read every time). */
	private final long cacheNanos;

	private final Map<String, Read> cache = new ConcurrentHashMap<>();

	Scoreboard(JdbcClient jdbc, ScoredPromises scored, Catalog catalog, Directory directory, Clock clock,
			Formats formats, MessageSource messages,
			@Value("${shopfront.scoreboard.cache-for:10s}") Duration cacheFor) {
		this.cacheNanos = cacheFor.toNanos();
		this.jdbc = jdbc;
		this.scored = scored;
		this.catalog = catalog;
		this.messages = messages;
		this.directory = directory;
		this.clock = clock;
		this.zone = formats.zone();
	}

	/** The window of {@code weeks} weeks ending with the current one. */
	public ScoreWindow window(int weeks) {
		return ScoreWindow.ending(this.clock.instant(), this.zone, weeks);
	}

	/** The company's figures over the window. */
	public Figures company(ScoreWindow window) {
		return figures(ScoreDimension.COMPANY, window).getOrDefault(ScoreDimension.COMPANY_SUBJECT, empty());
	}

	/**
	 * Every subject of the dimension with promises in the window, the most promises
	 * first.
	 */
	public List<SubjectFigures> subjects(ScoreDimension dimension, ScoreWindow window) {
		Map<UUID, Figures> all = figures(dimension, window);
		Map<UUID, String> names = names(dimension, all.keySet());
		List<SubjectFigures> subjects = new ArrayList<>();
		all.forEach((subject, figures) -> subjects
			.add(new SubjectFigures(dimension, subject, name(dimension, subject, names), figures)));
		subjects.sort(Comparator.comparingInt((SubjectFigures s) -> s.figures().promises())
			.reversed()
			.thenComparing(SubjectFigures::name));
		return subjects;
	}

	/**
	 * One subject's figures over the window, if it has a name (the company always has).
	 */
	public Optional<SubjectFigures> subject(ScoreDimension dimension, UUID subject, ScoreWindow window) {
		Map<UUID, String> names = names(dimension, Set.of(subject));
		if (dimension != ScoreDimension.COMPANY && !names.containsKey(subject)) {
			return Optional.empty();
		}
		Figures figures = figures(dimension, subject, window).getOrDefault(subject, empty());
		return Optional.of(new SubjectFigures(dimension, subject, name(dimension, subject, names), figures));
	}

	/** The subject's weeks, oldest first, with a row for every week of the window. */
	public List<WeekFigures> trend(ScoreDimension dimension, UUID subject, ScoreWindow window) {
		Map<LocalDate, int[]> weeks = new HashMap<>();
		this.jdbc.sql("select week, " + COLUMNS
				+ " from score_week where dimension = :dimension and subject = :subject and week >= :from and week < :to")
			.param("dimension", dimension.name())
			.param("subject", subject)
			.param("from", window.from())
			.param("to", window.to())
			.query((RowCallbackHandler) (rs) -> weeks.put(rs.getObject("week", LocalDate.class), counts(rs)));
		List<WeekFigures> trend = new ArrayList<>();
		for (LocalDate monday : window.mondays()) {
			int[] c = weeks.getOrDefault(monday, new int[ScoreTally.COUNTS]);
			int promises = c[0] + c[1] + c[2];
			int didNotHold = c[1] + c[2];
			trend.add(new WeekFigures(monday, promises, Figures.percent(c[0], promises), didNotHold,
					Figures.percent(c[4], didNotHold), c[5],
					(c[6] > 0) ? Math.round(10.0 * c[7] / c[6]) / 10.0 : null));
		}
		return trend;
	}

	/**
	 * A page of the promises behind a subject's figures.
	 * @param outcome KEPT, BROKEN, RENEGOTIATED or CANCELLED, or null for all
	 * @param week a Monday of the window to narrow to, or null for the whole window
	 */
	public List<ScoredPromiseView> promises(ScoreDimension dimension, UUID subject, ScoreWindow window, String outcome,
			LocalDate week, int offset, int limit) {
		LocalDate from = (week != null && window.holds(week)) ? week : window.from();
		LocalDate to = (week != null && window.holds(week)) ? week.plusWeeks(1) : window.to();
		return this.scored.page(dimension, subject, from, to, (outcome != null) ? List.of(outcome) : List.of(), offset,
				limit);
	}

	/**
	 * Every subject's figures; read again when older than the cache period, so that many
	 * readers of a large board share one read.
	 */
	Map<UUID, Figures> figures(ScoreDimension dimension, ScoreWindow window) {
		if (this.cacheNanos <= 0) {
			return figures(dimension, null, window);
		}
		String key = dimension + " " + window.from() + " " + window.to();
		long now = System.nanoTime();
		Read read = this.cache.get(key);
		if (read == null || now - read.at() > this.cacheNanos) {
			read = new Read(figures(dimension, null, window), now);
			this.cache.put(key, read);
		}
		return read.figures();
	}

	private Map<UUID, Figures> figures(ScoreDimension dimension, UUID only, ScoreWindow window) {
		String subject = (only != null) ? " and subject = :subject" : "";
		Map<UUID, int[]> counts = new HashMap<>();
		Map<UUID, HoursHistogram> late = new HashMap<>();
		Map<UUID, HoursHistogram> warning = new HashMap<>();
		this.jdbc
			.sql("select subject, " + COLUMNS
					+ ", late_hours, warning_hours from score_week where dimension = :dimension" + subject
					+ " and week >= :from and week < :to")
			.params(params(dimension, only, window))
			.query((RowCallbackHandler) (rs) -> {
				UUID id = rs.getObject("subject", UUID.class);
				int[] row = counts(rs);
				int[] sum = counts.computeIfAbsent(id, (s) -> new int[ScoreTally.COUNTS]);
				for (int i = 0; i < sum.length; i++) {
					sum[i] += row[i];
				}
				late.computeIfAbsent(id, (s) -> new HoursHistogram()).addEncoded(rs.getString("late_hours"));
				warning.computeIfAbsent(id, (s) -> new HoursHistogram()).addEncoded(rs.getString("warning_hours"));
			});
		Map<UUID, Figures> figures = new HashMap<>();
		counts.forEach((id, c) -> figures.put(id, Figures.of(c, late.get(id), warning.get(id))));
		return figures;
	}

	private static Map<String, Object> params(ScoreDimension dimension, UUID only, ScoreWindow window) {
		Map<String, Object> params = new HashMap<>();
		params.put("dimension", dimension.name());
		params.put("from", window.from());
		params.put("to", window.to());
		if (only != null) {
			params.put("subject", only);
		}
		return params;
	}

	private static int[] counts(ResultSet rs) throws SQLException {
		return new int[] { rs.getInt("kept"), rs.getInt("broken"), rs.getInt("renegotiated"), rs.getInt("cancelled"),
				rs.getInt("warned"), rs.getInt("answers"), rs.getInt("satisfaction_answers"),
				rs.getInt("satisfaction_sum"), rs.getInt("kept_answers"), rs.getInt("said_kept") };
	}

	private static Figures empty() {
		return Figures.of(new int[ScoreTally.COUNTS], new HoursHistogram(), new HoursHistogram());
	}

	/**
	 * The names of these subjects of the dimension, as they are called now; the catalog's
	 * are read for these subjects only (they were every offering for every call).
	 */
	private Map<UUID, String> names(ScoreDimension dimension, Set<UUID> subjects) {
		Map<UUID, String> names = new HashMap<>();
		switch (dimension) {
			case COMPANY -> {
			}
			case INITIATIVE -> {
				for (PromiseMeasure measure : PromiseMeasure.values()) {
					names.put(ScoreDimension.initiativeSubject(measure), this.messages
						.getMessage("scoreboard.initiative." + measure, null, LocaleContextHolder.getLocale()));
				}
			}
			case UNIT, TEAM -> {
				for (Unit unit : this.directory.units()) {
					names.put(unit.id().value(), unit.name());
				}
			}
			case PROVIDER -> names.putAll(this.catalog.providerNames(subjects));
			case NEED -> names.putAll(this.catalog.needTitles(subjects));
			case OFFERING -> names.putAll(this.catalog.offeringTitles(subjects));
		}
		return names;
	}

	private static String name(ScoreDimension dimension, UUID subject, Map<UUID, String> names) {
		return names.getOrDefault(subject, (dimension == ScoreDimension.COMPANY) ? "" : "?");
	}

}
