package org.shopfront.painpoints;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.shopfront.QueryPlans;
import org.shopfront.ShopfrontTest;
import org.shopfront.people.PeopleFixture;
import org.shopfront.people.PeopleFixture.Someone;
import org.shopfront.people.Role;
import org.shopfront.shared.paging.Page;
import org.shopfront.shared.paging.PageRequest;
import org.shopfront.shared.paging.Paging;
import org.shopfront.tickets.Ticket;
import org.shopfront.tickets.TicketFixture;
import org.shopfront.tickets.TicketLine;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A pain point's tickets page by keyset, newest first (those without an opening time
 * first), to the last row, stable while tickets are placed; a cursor made for another
 * pain point opens nothing; on PostgreSQL every page walks the places' opening index.
 */
@ShopfrontTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PainPointTicketPagingTests {

	static final Instant MONDAY = Instant.parse("2026-02-02T09:00:00Z");

	@Autowired
	ApplicationContext context;

	@Autowired
	PainPointTicketQueries queries;

	@Autowired
	PainPoints painPoints;

	@Autowired
	Paging paging;

	@Autowired
	MockMvc mvc;

	PainPointFixture fixture;

	String source;

	MiningRunId run;

	PainPointId printers;

	PainPointId mail;

	Someone fulfiller;

	@BeforeAll
	void corpus() {
		this.fixture = new PainPointFixture(this.context);
		this.fulfiller = new PeopleFixture(this.context).someone("Paging Fulfiller", Role.FULFILLER);
		this.source = TicketFixture.uniqueSource("paging");
		List<Ticket> tickets = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			tickets.add(ticket("P" + i, MONDAY.plus(Duration.ofHours(i))));
		}
		tickets.add(ticket("P-none", null));
		long[] printerIds = this.fixture.store(tickets);
		long[] mailIds = this.fixture.store(List.of(ticket("M1", MONDAY)));
		this.run = this.fixture.run(Map.of("printers " + this.source, printerIds, "mail " + this.source, mailIds));
		this.printers = this.fixture.painPoint(this.run, "printers " + this.source);
		this.mail = this.fixture.painPoint(this.run, "mail " + this.source);
	}

	Ticket ticket(String number, Instant opened) {
		return new Ticket(this.source, number, "Printer " + number, "", "", opened, null, "Caller", "", "", "", 0);
	}

	@Test
	void pagesReachTheLastTicketNewestFirstAndATicketPlacedMeanwhileShiftsNothing() {
		PageRequest request = PageRequest.first(2);
		List<String> seen = new ArrayList<>();
		Page<TicketLine> page = this.queries.tickets(this.printers, request);
		seen.addAll(page.items().stream().map(TicketLine::number).toList());
		long[] newest = this.fixture.store(List.of(ticket("P-new", MONDAY.plus(Duration.ofDays(1)))));
		this.painPoints.assign(this.run,
				List.of(new PainPoints.Placement(
						new TicketFacts(newest[0], MONDAY.plus(Duration.ofDays(1)), null, 0, null, null),
						this.printers)));
		while (page.more()) {
			page = this.queries.tickets(this.printers, request.after(page.next()));
			seen.addAll(page.items().stream().map(TicketLine::number).toList());
		}
		assertThat(seen).containsExactly("P-none", "P4", "P3", "P2", "P1", "P0");
	}

	@Test
	void aCursorMadeForAnotherPainPointIsRefused() throws Exception {
		PageRequest printersList = this.paging.request(null, null, "pain-point-tickets", this.printers.value(),
				this.fulfiller.id());
		Page<TicketLine> first = this.queries.tickets(this.printers, new PageRequest(null, 1, printersList.scope()));
		String token = this.paging.next(new PageRequest(null, 1, printersList.scope()), first);
		assertThat(token).isNotNull();
		this.mvc
			.perform(get("/listening/pain-points/{id}", this.printers.value()).param("cursor", token)
				.with(httpBasic(this.fulfiller.username(), this.fulfiller.password())))
			.andExpect(status().isOk());
		this.mvc
			.perform(get("/listening/pain-points/{id}", this.mail.value()).param("cursor", token)
				.with(httpBasic(this.fulfiller.username(), this.fulfiller.password())))
			.andExpect(status().isBadRequest());
	}

	@Test
	void everyPageWalksTheOpeningIndexOnPostgres() {
		QueryPlans plans = new QueryPlans(this.context.getBean(DataSource.class));
		plans.assumePostgres();
		PageRequest first = PageRequest.first(2);
		Page<TicketLine> page = this.queries.tickets(this.printers, first);
		plans.assertReadsAlong("pain_point_ticket_opened_idx", () -> this.queries.tickets(this.printers, first));
		plans.assertReadsAlong("pain_point_ticket_opened_idx",
				() -> this.queries.tickets(this.printers, first.after(page.next())));
	}

}
