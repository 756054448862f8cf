package org.shopfront.demand;

import java.util.List;
import java.util.UUID;

import org.shopfront.people.UserId;
import org.shopfront.shared.Timestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores the questions and answers of each demand's thread, oldest first. */
@Repository
class ThreadMessages {

	private final JdbcClient jdbc;

	ThreadMessages(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(DemandId demand, ThreadMessage m) {
		this.jdbc.sql("""
				insert into demand_message (id, demand_id, author_id, author_name, from_it, text, posted_at)
				values (:id, :demand, :author, :authorName, :fromIt, :text, :at)
				""")
			.param("id", m.id())
			.param("demand", demand.value())
			.param("author", m.author().id().value())
			.param("authorName", m.author().name())
			.param("fromIt", m.fromIt())
			.param("text", m.text())
			.param("at", Timestamps.param(m.postedAt()))
			.update();
	}

	List<ThreadMessage> of(DemandId demand) {
		return this.jdbc.sql("select * from demand_message where demand_id = :demand order by posted_at, id")
			.param("demand", demand.value())
			.query((rs, n) -> new ThreadMessage(rs.getObject("id", UUID.class),
					new Actor(new UserId(rs.getObject("author_id", UUID.class)), rs.getString("author_name")),
					rs.getBoolean("from_it"), rs.getString("text"), Timestamps.read(rs, "posted_at")))
			.list();
	}

}
