package org.shopfront.notify;

import java.time.Instant;
import java.util.UUID;

/** A notice as a row in the inbox page. */
record InboxEntry(UUID id, NoticeContent content, Instant createdAt, Instant readAt) {

	public boolean unread() {
		return this.readAt == null;
	}

}
