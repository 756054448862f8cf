package org.shopfront.tickets;

import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.shopfront.QueryPlans;
import org.shopfront.ShopfrontTest;
import org.shopfront.shared.paging.Page;
import org.shopfront.shared.paging.PageRequest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ticket list reads tickets newest first along their index, a page at a time, instead
 * of sorting every ticket for an offset (issue 14). PostgreSQL only.
 */
@ShopfrontTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TicketListPlanTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	TicketQueries queries;

	QueryPlans plans;

	@BeforeAll
	void fixture() {
		this.plans = new QueryPlans(this.context.getBean(DataSource.class));
		if (this.plans.onPostgres()) {
			String source = TicketFixture.uniqueSource("plan");
			Instant opened = Instant.parse("2026-01-05T09:00:00Z");
			new TicketFixture(this.context).storeQuietly(List.of(
					new Ticket(source, "P1", "Printer jams", "", "", opened, null, "", "", "", "", 0),
					new Ticket(source, "P2", "Mail is slow", "", "", opened.plusSeconds(60), null, "", "", "", "", 0)));
		}
	}

	@BeforeEach
	void onPostgres() {
		this.plans.assumePostgres();
	}

	@Test
	void ticketsNewestFirstWalkTheOpenedIndexBackwardsOnEveryPage() {
		PageRequest first = PageRequest.first(1);
		Page<TicketLine> page = this.queries.page("", first);
		assertThat(page.more()).isTrue();
		this.plans.assertReadsAlong("ticket_opened_idx", () -> this.queries.page("", first));
		this.plans.assertReadsAlong("ticket_opened_idx", () -> this.queries.page("", first.after(page.next())));
	}

}
