package org.shopfront.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;

import org.shopfront.shared.Timestamps;
import org.shopfront.shared.paging.Cursor;
import org.shopfront.shared.paging.Keyset;
import org.shopfront.shared.paging.Page;
import org.shopfront.shared.paging.PageRequest;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores ledger entries and the chain's head. Entries are only ever inserted; the head is
 * the one row every append locks.
 */
@Repository
class LedgerEntries {

	private static final Keyset NEWEST = Keyset.descending("sequence_number");

	/** Rows per round trip while walking the chain; the driver holds only these. */
	static final int FETCH_SIZE = 5_000;

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	LedgerEntries(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/** The last entry's number and hash, locked until the transaction ends. */
	Head lockHead() {
		return this.jdbc.sql("select sequence_number, hash from ledger_head where id = 1 for update")
			.query((rs, row) -> new Head(rs.getLong("sequence_number"), rs.getString("hash")))
			.single();
	}

	Head head() {
		return this.jdbc.sql("select sequence_number, hash from ledger_head where id = 1")
			.query((rs, row) -> new Head(rs.getLong("sequence_number"), rs.getString("hash")))
			.single();
	}

	void moveHead(Head head) {
		this.jdbc.sql("update ledger_head set sequence_number = :sequence, hash = :hash where id = 1")
			.param("sequence", head.sequence())
			.param("hash", head.hash())
			.update();
	}

	void insert(List<LedgerEntry> entries) {
		this.template.batchUpdate(
				"""
						insert into ledger_entry (sequence_number, recorded_at, kind, subject, event, content, previous_hash, hash)
						values (?, ?, ?, ?, ?, ?, ?, ?)
						""",
				entries.stream()
					.map(e -> new Object[] { e.sequence(), Timestamps.param(e.recordedAt()), e.kind(), e.subject(),
							e.event(), e.content(), e.previousHash(), e.hash() })
					.toList());
	}

	/** True when the same record (kind, subject, event and content) is in the ledger. */
	boolean contains(LedgerRecord record) {
		return this.jdbc.sql("""
				select content from ledger_entry where subject = :subject and kind = :kind and event = :event
				""")
			.param("subject", record.subject())
			.param("kind", record.kind())
			.param("event", record.event())
			.query(String.class)
			.list()
			.contains(record.content());
	}

	/**
	 * A page of entries, newest first, along the sequence numbers' key (decision 0030).
	 */
	Page<LedgerEntry> latest(PageRequest page) {
		List<LedgerEntry> rows = this.jdbc
			.sql("select * from ledger_entry where 1 = 1%s order by %s fetch first %d rows only"
				.formatted(NEWEST.after(page), NEWEST.orderBy(), page.rows()))
			.params(NEWEST.params(page))
			.query(LedgerEntries::map)
			.list();
		return Page.of(rows, page, (e) -> Cursor.of(e.sequence()));
	}

	/**
	 * Hands every entry to the consumer in sequence order, a fetch at a time. Call inside
	 * a transaction: PostgreSQL only streams with a cursor, which needs one.
	 */
	void forEach(Consumer<LedgerEntry> consumer) {
		this.jdbc.sql("select * from ledger_entry order by sequence_number")
			.withFetchSize(FETCH_SIZE)
			.query((ResultSet rs) -> consumer.accept(map(rs, 0)));
	}

	private static LedgerEntry map(ResultSet rs, int row) throws SQLException {
		return new LedgerEntry(rs.getLong("sequence_number"), Timestamps.read(rs, "recorded_at"), rs.getString("kind"),
				rs.getString("subject"), rs.getString("event"), rs.getString("content"), rs.getString("previous_hash"),
				rs.getString("hash"));
	}

	/** The chain's head: the number and hash of the last entry appended. */
	record Head(long sequence, String hash) {

	}

}
