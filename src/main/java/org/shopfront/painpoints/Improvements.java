package org.shopfront.painpoints;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.shopfront.shared.Timestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Improvements, with a version for optimistic locking. */
@Repository
class Improvements {

	private static final String SELECT = """
			select id, pain_point_id, title, owner_name, promised_on, status, done_on, created_by_name, created_at,
			       version
			from improvement
			""";

	private final JdbcClient jdbc;

	Improvements(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** An improvement with the label of its pain point. */
	record Labelled(Improvement improvement, String label) {
	}

	/**
	 * An improvement attached to a pain point of an older run, with that pain point's
	 * centroid.
	 */
	record Attached(ImprovementId id, PainPointCentroid centroid) {
	}

	void add(Improvement improvement) {
		this.jdbc.sql("""
				insert into improvement (id, pain_point_id, title, owner_name, promised_on, status, done_on,
				                         created_by_name, created_at, version)
				values (:id, :point, :title, :owner, :promised, :status, :done, :by, :at, 0)
				""")
			.param("id", improvement.id().value())
			.param("point", improvement.painPoint().value())
			.param("title", improvement.title())
			.param("owner", improvement.owner())
			.param("promised", improvement.promisedOn())
			.param("status", improvement.status().name())
			.param("done", improvement.doneOn())
			.param("by", improvement.createdBy())
			.param("at", Timestamps.param(improvement.createdAt()))
			.update();
	}

	/** Saves a changed improvement; false when someone else changed it first. */
	boolean update(Improvement improvement) {
		return this.jdbc.sql("""
				update improvement set status = :status, done_on = :done, version = version + 1
				where id = :id and version = :version
				""")
			.param("status", improvement.status().name())
			.param("done", improvement.doneOn())
			.param("id", improvement.id().value())
			.param("version", improvement.version())
			.update() == 1;
	}

	Optional<Improvement> find(ImprovementId id) {
		return this.jdbc.sql(SELECT + " where id = :id").param("id", id.value()).query(Improvements::map).optional();
	}

	List<Improvement> of(PainPointId painPoint) {
		return this.jdbc.sql(SELECT + " where pain_point_id = :point order by created_at")
			.param("point", painPoint.value())
			.query(Improvements::map)
			.list();
	}

	/** Every improvement of the given run's pain points, newest first. */
	List<Improvement> ofRun(MiningRunId run) {
		return this.jdbc.sql(SELECT + """
				where pain_point_id in (select id from pain_point where run_id = :run)
				order by created_at desc
				""").param("run", run.value()).query(Improvements::map).list();
	}

	/** Every improvement with its pain point's label, newest first. */
	List<Labelled> labelled() {
		return this.jdbc.sql("""
				select i.id, i.pain_point_id, i.title, i.owner_name, i.promised_on, i.status, i.done_on,
				       i.created_by_name, i.created_at, i.version, p.label
				from improvement i join pain_point p on p.id = i.pain_point_id
				order by i.created_at desc
				""").query((rs, n) -> new Labelled(map(rs, n), rs.getString("label"))).list();
	}

	List<Attached> attachedOutside(MiningRunId run) {
		return this.jdbc.sql("""
				select i.id, p.centroid from improvement i join pain_point p on p.id = i.pain_point_id
				where p.run_id <> :run
				""")
			.param("run", run.value())
			.query((rs, n) -> new Attached(new ImprovementId(rs.getObject("id", UUID.class)),
					PainPointCentroid.decode(rs.getString("centroid"))))
			.list();
	}

	void reattach(ImprovementId id, PainPointId painPoint) {
		this.jdbc.sql("update improvement set pain_point_id = :point, version = version + 1 where id = :id")
			.param("point", painPoint.value())
			.param("id", id.value())
			.update();
	}

	private static Improvement map(ResultSet rs, int row) throws SQLException {
		return new Improvement(new ImprovementId(rs.getObject("id", UUID.class)),
				new PainPointId(rs.getObject("pain_point_id", UUID.class)), rs.getString("title"),
				rs.getString("owner_name"), rs.getObject("promised_on", LocalDate.class),
				ImprovementStatus.valueOf(rs.getString("status")), rs.getObject("done_on", LocalDate.class),
				rs.getString("created_by_name"), Timestamps.read(rs, "created_at"), rs.getInt("version"));
	}

}
