package org.shopfront.initiatives;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.shopfront.shared.Timestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores initiatives' milestones; an update only succeeds against the version read. */
@Repository
class Milestones {

	private final JdbcClient jdbc;

	Milestones(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Milestone m) {
		this.jdbc
			.sql("""
					insert into initiative_milestone (id, initiative_id, name, planned_on, done_on, final, added_at, version)
					values (:id, :initiative, :name, :planned, :done, :final, :at, 0)
					""")
			.param("id", m.id())
			.param("initiative", m.initiativeId().value())
			.param("name", m.name())
			.param("planned", m.plannedOn())
			.param("done", m.doneOn())
			.param("final", m.isFinal())
			.param("at", Timestamps.param(m.addedAt()))
			.update();
	}

	boolean update(Milestone m) {
		return this.jdbc.sql("""
				update initiative_milestone set planned_on = :planned, done_on = :done, version = version + 1
				where id = :id and version = :version
				""")
			.param("id", m.id())
			.param("planned", m.plannedOn())
			.param("done", m.doneOn())
			.param("version", m.version())
			.update() == 1;
	}

	/** The initiative's milestones by planned day, the final one last. */
	List<Milestone> of(InitiativeId initiative) {
		return this.jdbc.sql("""
				select * from initiative_milestone where initiative_id = :id order by final, planned_on, added_at
				""").param("id", initiative.value()).query(Milestones::map).list();
	}

	/** The milestones of several initiatives (a batch of the watch). */
	List<Milestone> of(List<UUID> initiatives) {
		if (initiatives.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("select * from initiative_milestone where initiative_id in (:ids)")
			.param("ids", initiatives)
			.query(Milestones::map)
			.list();
	}

	Optional<Milestone> find(InitiativeId initiative, UUID id) {
		return this.jdbc.sql("select * from initiative_milestone where id = :id and initiative_id = :initiative")
			.param("id", id)
			.param("initiative", initiative.value())
			.query(Milestones::map)
			.optional();
	}

	private static Milestone map(ResultSet rs, int row) throws SQLException {
		return new Milestone(rs.getObject("id", UUID.class),
				new InitiativeId(rs.getObject("initiative_id", UUID.class)), rs.getString("name"),
				rs.getObject("planned_on", LocalDate.class), rs.getObject("done_on", LocalDate.class),
				rs.getBoolean("final"), Timestamps.read(rs, "added_at"), rs.getInt("version"));
	}

}
