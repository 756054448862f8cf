package org.shopfront.notify;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.shopfront.people.Directory;
import org.shopfront.people.Person;
import org.shopfront.people.UserId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records notices of the past in their recipients' inboxes, for an import (the demo's
 * history): dated when they were sent, read then or still unread, and sent on no other
 * channel, since nobody is mailed about the past. A notice already in the inbox (the same
 * key and recipient) is left as it is.
 */
@Service
public class NoticeHistory {

	/** A notice sent at {@code at} and read at {@code readAt}, or still unread (null). */
	public record PastNotice(Notice notice, Instant at, Instant readAt) {
	}

	private final Directory directory;

	private final Notices notices;

	private final Wording wording;

	private final JdbcClient jdbc;

	NoticeHistory(Directory directory, Notices notices, Wording wording, JdbcClient jdbc) {
		this.directory = directory;
		this.notices = notices;
		this.wording = wording;
		this.jdbc = jdbc;
	}

	/** Whether no inbox holds a notice yet. */
	@Transactional(readOnly = true)
	public boolean noneYet() {
		return this.jdbc.sql("select id from notice fetch first 1 rows only").query(UUID.class).optional().isEmpty();
	}

	/** Stores the notices whose recipient exists; returns how many were new. */
	@Transactional
	public int recordPast(List<PastNotice> past) {
		Map<UserId, Optional<String>> names = new HashMap<>();
		int stored = 0;
		for (PastNotice p : past) {
			UserId recipient = p.notice().recipient();
			Optional<String> name = names.computeIfAbsent(recipient,
					(id) -> this.directory.find(id).map(Person::displayName));
			UUID id = UUID.randomUUID();
			if (name.isPresent()
					&& this.notices.insert(id, p.notice(), name.get(), this.wording.write(p.notice()), p.at())) {
				stored++;
				if (p.readAt() != null) {
					this.notices.markRead(recipient, id, p.readAt());
				}
			}
		}
		return stored;
	}

}
