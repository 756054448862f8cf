package org.shopfront.notify;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shopfront.ShopfrontTest;
import org.shopfront.notify.Notice.Text;
import org.shopfront.people.PeopleFixture;
import org.shopfront.people.PeopleFixture.Someone;
import org.shopfront.shared.paging.Page;
import org.shopfront.shared.paging.PageRequest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person's inbox a page at a time: every notice once, newest first, while notices keep
 * arriving between pages, and notices stored at the same moment (a batch) neither
 * repeated nor skipped where a page ends among them.
 */
@ShopfrontTest
class InboxPagingTests {

	private static final Instant BATCH = Instant.parse("2026-06-01T09:00:00Z");

	@Autowired
	ApplicationContext context;

	@Autowired
	Notices notices;

	@Test
	void pagesNeitherRepeatNorSkipANoticeWhileOthersArriveAndAtTiesInTime() {
		PeopleFixture people = new PeopleFixture(this.context);
		Someone reader = people.someone("Paging Reader");
		Someone other = people.someone("Paging Other");
		List<UUID> stored = new ArrayList<>();
		// Five at one moment, two before and two after, and another person's among them.
		for (int i = 0; i < 9; i++) {
			Instant at = (i < 2) ? BATCH.minus(Duration.ofMinutes(2 - i))
					: (i < 7) ? BATCH : BATCH.plus(Duration.ofMinutes(i - 6));
			stored.add(store(reader, "stored-" + i, at));
			store(other, "other-" + i, at);
		}

		List<InboxEntry> seen = new ArrayList<>();
		PageRequest request = PageRequest.first(2);
		int arrived = 0;
		while (true) {
			Page<InboxEntry> page = this.notices.inbox(reader.id(), request);
			assertThat(page.items()).hasSizeLessThanOrEqualTo(2);
			seen.addAll(page.items());
			// One arrives later than everything shown, and one inside the batch's moment.
			store(reader, "arrived-" + arrived++, BATCH.plus(Duration.ofHours(1)));
			store(reader, "arrived-" + arrived++, BATCH);
			if (!page.more()) {
				break;
			}
			request = request.after(page.next());
		}

		List<UUID> ids = seen.stream().map(InboxEntry::id).toList();
		assertThat(ids).doesNotHaveDuplicates().containsAll(stored);
		assertThat(seen).as("newest first, ties by id")
			.isSortedAccordingTo(Comparator.comparing(InboxEntry::createdAt)
				.thenComparing(InboxEntry::id, Comparator.comparing(UUID::toString))
				.reversed());
	}

	private UUID store(Someone recipient, String key, Instant at) {
		UUID id = UUID.randomUUID();
		this.notices.insert(id, new Notice(key, recipient.id(), "paging", Text.of("notify.orderProgress.note", key),
				List.of(), List.of()), recipient.displayName(), new NoticeContent(key, List.of(), List.of()), at);
		return id;
	}

}
