package org.shopfront.notify;

import java.util.List;

import org.shopfront.people.UserId;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads the outbox for tests: the deliveries owed to one person. */
final class DeliveryRecords {

	record Row(String kind, String channel, String state, int attempts) {
	}

	private final JdbcClient jdbc;

	DeliveryRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Row> of(UserId recipient, Channel channel) {
		return this.jdbc.sql("""
				select n.kind, d.channel, d.state, d.attempts
				from notice_delivery d join notice n on n.id = d.notice_id
				where n.recipient_id = :recipient and d.channel = :channel
				""")
			.param("recipient", recipient.value())
			.param("channel", channel.name())
			.query((rs, i) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)))
			.list();
	}

	long notices(UserId recipient) {
		return this.jdbc.sql("select count(*) from notice where recipient_id = :recipient")
			.param("recipient", recipient.value())
			.query(Long.class)
			.single();
	}

}
