package org.shopfront.notify;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.shopfront.people.UserId;
import org.shopfront.shared.Timestamps;
import org.shopfront.shared.paging.Cursor;
import org.shopfront.shared.paging.Keyset;
import org.shopfront.shared.paging.Page;
import org.shopfront.shared.paging.PageRequest;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores notices (each person's inbox) and the deliveries each notice still owes to other
 * channels. A notice is stored once per key and recipient: storing it again does nothing,
 * which makes a redelivered event harmless.
 */
@Repository
class Notices {

	/** A person's notices, newest first, read backwards along notice_inbox_idx. */
	private static final Keyset NEWEST = Keyset.descending("created_at", "id");

	private final JdbcClient jdbc;

	private final JsonMapper json;

	Notices(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * Stores a notice unless one with the same key and recipient exists.
	 * @return whether it was new
	 */
	boolean insert(UUID id, Notice notice, String recipientName, NoticeContent content, Instant now) {
		// "on conflict do nothing" keeps a concurrent duplicate (the same event handled
		// on
		// two nodes) from failing the transaction on PostgreSQL; H2 understands it in
		// PostgreSQL mode.
		return this.jdbc.sql("""
				insert into notice (id, source_key, recipient_id, recipient_name, kind, subject, body, created_at)
				values (:id, :key, :recipient, :name, :kind, :subject, :body, :now)
				on conflict do nothing
				""")
			.param("id", id)
			.param("key", notice.key())
			.param("recipient", notice.recipient().value())
			.param("name", recipientName)
			.param("kind", notice.kind())
			.param("subject", content.subject())
			.param("body", this.json.writeValueAsString(content))
			.param("now", Timestamps.param(now))
			.update() == 1;
	}

	/**
	 * Stores a delivery already claimed by this node until the lease ends (state SENDING,
	 * its first attempt counted): the node sends it right after the commit, and should it
	 * die first, the lease runs out and any node's next round takes the delivery over.
	 */
	void addDelivery(UUID noticeId, Outgoing outgoing, Instant leaseEnd) {
		this.jdbc.sql("""
				insert into notice_delivery (id, notice_id, channel, target, state, attempts, next_attempt_at,
				                             claim_token, claimed_until)
				values (:id, :notice, :channel, :target, 'SENDING', :attempts, :now, :claim, :until)
				""")
			.param("id", outgoing.deliveryId())
			.param("notice", noticeId)
			.param("channel", outgoing.channel().name())
			.param("target", outgoing.target())
			.param("attempts", outgoing.attempts())
			.param("now", Timestamps.param(outgoing.noticeCreatedAt()))
			.param("claim", outgoing.claim())
			.param("until", Timestamps.param(leaseEnd))
			.update();
	}

	/**
	 * The notices of an inbox page, read again along the recipient's index between the
	 * page's newest and oldest ({@code :from0, :from1} and {@code :to0, :to1}). Bounded
	 * on both sides in the index condition, no plan can read past the page, where naming
	 * only the recipient let a generic plan fetch every notice of a busy person (71 ms
	 * against 2.6 ms at 6,400 notices, issue 14). Reading them by id instead descended
	 * the primary key once per notice, which deepens with every notice stored.
	 */
	private static final String PAGE_ALONG = "select id, subject, body, created_at, read_at from notice where recipient_id = :me"
			+ NEWEST.window() + " order by " + NEWEST.orderBy();

	/**
	 * One page of a person's inbox, in two steps: the page's positions from the index
	 * alone (an index-only scan backwards, which even a generic plan prefers, where
	 * reading whole rows tempted it to fetch all of a busy person's notices and sort
	 * them: 255 ms against 0.13 ms at 6,400 notices), then the notices between the page's
	 * ends along the same index. A notice stored between the two reads with a time inside
	 * the page is left out, as it was not in the page.
	 */
	Page<InboxEntry> inbox(UserId recipient, PageRequest page) {
		List<Cursor> positions = this.jdbc
			.sql("select id, created_at from notice where recipient_id = :me" + NEWEST.after(page) + " order by "
					+ NEWEST.orderBy() + " fetch first " + page.rows() + " rows only")
			.param("me", recipient.value())
			.params(NEWEST.params(page))
			.query((rs, n) -> Cursor.of(Timestamps.read(rs, "created_at"), rs.getObject("id", UUID.class)))
			.list();
		List<InboxEntry> rows = new ArrayList<>();
		if (!positions.isEmpty()) {
			Set<UUID> paged = positions.stream().map((position) -> position.uuid(1)).collect(Collectors.toSet());
			this.jdbc.sql(PAGE_ALONG)
				.param("me", recipient.value())
				.params(NEWEST.windowParams(positions.get(0), positions.get(positions.size() - 1)))
				.query(this::entry)
				.list()
				.stream()
				.filter((entry) -> paged.contains(entry.id()))
				.forEach(rows::add);
		}
		return Page.of(rows, page, (entry) -> Cursor.of(entry.createdAt(), entry.id()));
	}

	/**
	 * The unread notices' count: the predicate is notice_unread_idx's, which on
	 * PostgreSQL holds only unread notices, so the count touches nothing else.
	 */
	long unread(UserId recipient) {
		return this.jdbc.sql("select count(*) from notice where recipient_id = :me and read_at is null")
			.param("me", recipient.value())
			.query(Long.class)
			.single();
	}

	/**
	 * @return whether the recipient has such a notice
	 */
	boolean markRead(UserId recipient, UUID id, Instant now) {
		int updated = this.jdbc.sql("""
				update notice set read_at = coalesce(read_at, :now) where id = :id and recipient_id = :me
				""").param("now", Timestamps.param(now)).param("id", id).param("me", recipient.value()).update();
		return updated == 1;
	}

	void markAllRead(UserId recipient, Instant now) {
		this.jdbc.sql("update notice set read_at = :now where recipient_id = :me and read_at is null")
			.param("now", Timestamps.param(now))
			.param("me", recipient.value())
			.update();
	}

	NoticeContent content(String body) {
		return this.json.readValue(body, NoticeContent.class);
	}

	private InboxEntry entry(ResultSet rs, int row) throws SQLException {
		return new InboxEntry(rs.getObject("id", UUID.class), content(rs.getString("body")),
				Timestamps.read(rs, "created_at"), Timestamps.read(rs, "read_at"));
	}

}
