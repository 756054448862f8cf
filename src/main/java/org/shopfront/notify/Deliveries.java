package org.shopfront.notify;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.shopfront.shared.Timestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox of deliveries and the claim protocol that lets several nodes share it. A
 * delivery is PENDING until it is due, SENDING while one node holds a lease on it, then
 * SENT (or FAILED when retries are given up). Every statement commits on its own: a claim
 * must be visible to the other nodes before the send starts.
 */
@Repository
@Transactional(propagation = Propagation.REQUIRES_NEW)
class Deliveries {

	/** Due: pending and its time has come, or claimed by a node whose lease ran out. */
	private static final String DUE = """
			(state = 'PENDING' and next_attempt_at <= :now) or (state = 'SENDING' and claimed_until <= :now)
			""";

	private final JdbcClient jdbc;

	private final Notices notices;

	Deliveries(JdbcClient jdbc, Notices notices) {
		this.jdbc = jdbc;
		this.notices = notices;
	}

	List<UUID> due(Instant now, int limit) {
		return this.jdbc.sql("select id from notice_delivery where " + DUE + " order by next_attempt_at limit " + limit)
			.param("now", Timestamps.param(now))
			.query(UUID.class)
			.list();
	}

	/**
	 * Claims a due delivery for this node until the lease ends. The conditional UPDATE is
	 * the whole protocol: when two nodes try at once, the database lets one change the
	 * row and the other finds it no longer due.
	 * @return the delivery, if this node won it
	 */
	Optional<Outgoing> claim(UUID id, Instant now, Instant leaseEnd) {
		UUID claim = UUID.randomUUID();
		int won = this.jdbc.sql("""
				update notice_delivery
				set state = 'SENDING', claim_token = :claim, claimed_until = :until, attempts = attempts + 1
				where id = :id and (%s)
				""".formatted(DUE))
			.param("claim", claim)
			.param("until", Timestamps.param(leaseEnd))
			.param("id", id)
			.param("now", Timestamps.param(now))
			.update();
		if (won == 0) {
			return Optional.empty();
		}
		return this.jdbc.sql("""
				select d.id, d.channel, d.target, d.attempts, n.kind, n.recipient_name, n.body, n.created_at
				from notice_delivery d join notice n on n.id = d.notice_id
				where d.id = :id
				""")
			.param("id", id)
			.query((rs, n) -> new Outgoing(id, claim, Channel.valueOf(rs.getString("channel")), rs.getString("target"),
					rs.getInt("attempts"), rs.getString("kind"), rs.getString("recipient_name"),
					this.notices.content(rs.getString("body")), Timestamps.read(rs, "created_at")))
			.optional();
	}

	/**
	 * Marks deliveries this node sent, in one statement. Claim tokens are random and each
	 * delivery's own, so a row matches only under its own claim.
	 */
	void sent(List<Outgoing> sent, Instant now) {
		this.jdbc.sql("""
				update notice_delivery set state = 'SENT', sent_at = :now, claim_token = null, claimed_until = null,
				    last_error = null
				where id in (:ids) and claim_token in (:claims)
				""")
			.param("now", Timestamps.param(now))
			.param("ids", sent.stream().map(Outgoing::deliveryId).toList())
			.param("claims", sent.stream().map(Outgoing::claim).toList())
			.update();
	}

	void retryAt(Outgoing outgoing, Instant next, String error) {
		this.jdbc.sql("""
				update notice_delivery set state = 'PENDING', next_attempt_at = :next, claim_token = null,
				    claimed_until = null, last_error = :error
				where id = :id and claim_token = :claim
				""")
			.param("next", Timestamps.param(next))
			.param("error", truncate(error))
			.param("id", outgoing.deliveryId())
			.param("claim", outgoing.claim())
			.update();
	}

	void giveUp(Outgoing outgoing, String error) {
		this.jdbc
			.sql("""
					update notice_delivery set state = 'FAILED', claim_token = null, claimed_until = null, last_error = :error
					where id = :id and claim_token = :claim
					""")
			.param("error", truncate(error))
			.param("id", outgoing.deliveryId())
			.param("claim", outgoing.claim())
			.update();
	}

	private static String truncate(String error) {
		if (error == null) {
			return null;
		}
		return (error.length() > 500) ? error.substring(0, 500) : error;
	}

}
