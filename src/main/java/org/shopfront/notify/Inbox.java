package org.shopfront.notify;

import java.time.Clock;
import java.util.UUID;

import org.shopfront.people.UserId;
import org.shopfront.shared.paging.Page;
import org.shopfront.shared.paging.PageRequest;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A person's inbox: their own notices only, newest first, and which are read. */
@Service
@Transactional
class Inbox {

	private final Notices notices;

	private final Clock clock;

	Inbox(Notices notices, Clock clock) {
		this.notices = notices;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	Page<InboxEntry> of(UserId me, PageRequest page) {
		return this.notices.inbox(me, page);
	}

	@Transactional(readOnly = true)
	long unread(UserId me) {
		return this.notices.unread(me);
	}

	void markRead(UserId me, UUID notice) {
		if (!this.notices.markRead(me, notice, this.clock.instant())) {
			throw NoticeNotFound.forId(notice);
		}
	}

	void markAllRead(UserId me) {
		this.notices.markAllRead(me, this.clock.instant());
	}

}
