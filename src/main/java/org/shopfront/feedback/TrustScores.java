package org.shopfront.feedback;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.shopfront.people.Directory;
import org.shopfront.people.Unit;
import org.shopfront.people.UnitId;
import org.shopfront.shared.Timestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The trust pulse as the scoreboard reads it: each unit's trust score over the answers
 * since a moment, and the heads' comments. Counts are summed in the database; only one
 * row per unit comes back.
 */
@Service
@Transactional(readOnly = true)
public class TrustScores {

	/** A unit's trust score; {@code score.value()} is null when nobody answered. */
	public record UnitTrust(UnitId unitId, String unitName, TrustScore score) {
	}

	/** What a head would need to trust IT more, with their score. */
	public record Comment(UnitId unitId, String unitName, int score, String text, Instant at) {
	}

	private final JdbcClient jdbc;

	private final Directory directory;

	private final Clock clock;

	private final FeedbackProperties properties;

	TrustScores(JdbcClient jdbc, Directory directory, Clock clock, FeedbackProperties properties) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.clock = clock;
		this.properties = properties;
	}

	/** The start of the default window the pages show. */
	public Instant windowStart() {
		return this.clock.instant().minus(this.properties.scoreWindow());
	}

	/** Every unit's score over the answers given since the moment, by unit name. */
	public List<UnitTrust> byUnit(Instant since) {
		Map<UUID, TrustScore> scores = this.jdbc.sql("""
				select unit_id, count(*) as answers,
				       sum(case when score >= 9 then 1 else 0 end) as promoters,
				       sum(case when score <= 6 then 1 else 0 end) as detractors
				from pulse_answer where answered_at >= :since group by unit_id
				""")
			.param("since", Timestamps.param(since))
			.query((rs, n) -> Map.entry(rs.getObject("unit_id", UUID.class),
					new TrustScore(rs.getInt("answers"), rs.getInt("promoters"), rs.getInt("detractors"))))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		return this.directory.units()
			.stream()
			.map(unit -> new UnitTrust(unit.id(), unit.name(),
					scores.getOrDefault(unit.id().value(), new TrustScore(0, 0, 0))))
			.toList();
	}

	/** The company's score over every answer given since the moment. */
	public TrustScore company(Instant since) {
		return byUnit(since).stream()
			.map(UnitTrust::score)
			.reduce(new TrustScore(0, 0, 0), (a, b) -> new TrustScore(a.answers() + b.answers(),
					a.promoters() + b.promoters(), a.detractors() + b.detractors()));
	}

	/** The comments given since the moment, newest first. */
	public List<Comment> comments(Instant since) {
		Map<UUID, String> names = this.directory.units()
			.stream()
			.collect(Collectors.toMap(unit -> unit.id().value(), Unit::name));
		return this.jdbc.sql("""
				select unit_id, score, comment, answered_at from pulse_answer
				where answered_at >= :since and comment is not null
				order by answered_at desc
				""").param("since", Timestamps.param(since)).query((rs, n) -> {
			UUID unit = rs.getObject("unit_id", UUID.class);
			return new Comment(new UnitId(unit), names.getOrDefault(unit, "?"), rs.getInt("score"),
					rs.getString("comment"), Timestamps.read(rs, "answered_at"));
		}).list();
	}

}
