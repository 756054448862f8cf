package org.shopfront.notify;

import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.shopfront.QueryPlans;
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
 * The inbox reads a person's notices newest first along their index, and the badge counts
 * only unread ones, under the generic plan of a prepared statement (issue 14). PostgreSQL
 * only.
 */
@ShopfrontTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InboxPlanTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	Notices notices;

	QueryPlans plans;

	Someone reader;

	@BeforeAll
	void fixture() {
		this.plans = new QueryPlans(this.context.getBean(DataSource.class));
		if (!this.plans.onPostgres()) {
			return;
		}
		this.reader = new PeopleFixture(this.context).someone("Plan Reader");
		for (int i = 0; i < 3; i++) {
			this.context.getBean(Notifying.class)
				.send(new Notice("plan:" + i, this.reader.id(), "plan", Text.of("notify.orderProgress.note", "Plan"),
						List.of(), List.of()));
		}
	}

	@BeforeEach
	void onPostgres() {
		this.plans.assumePostgres();
	}

	/**
	 * Each page's positions come from the index alone, and its notices along the same
	 * index between the page's ends, not among all of the recipient's.
	 */
	@Test
	void theInboxWalksTheRecipientsIndexBackwardsOnEveryPage() {
		PageRequest first = PageRequest.first(1);
		Page<InboxEntry> page = this.notices.inbox(this.reader.id(), first);
		assertThat(page.more()).isTrue();
		for (PageRequest request : List.of(first, first.after(page.next()))) {
			this.plans.assertReadsOnly("notice_inbox_idx", () -> this.notices.inbox(this.reader.id(), request));
			this.plans.assertReadsWindowAlong("notice_inbox_idx",
					this.plans.queryOf(() -> this.notices.inbox(this.reader.id(), request), 1));
		}
	}

	@Test
	void theBadgeCountsOnlyUnreadNotices() {
		this.plans.assertReadsAlong("notice_unread_idx", () -> this.notices.unread(this.reader.id()));
	}

}
