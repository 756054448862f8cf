package org.shopfront.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.LongStream;
import java.util.stream.Stream;

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

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The ledger page shows the newest entries a keyset page at a time, down to the first
 * entry, with entries appended meanwhile neither repeating nor hiding others; on
 * PostgreSQL every page walks the sequence numbers' key.
 */
@ShopfrontTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LedgerPagingTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	LedgerEntries entries;

	@Autowired
	Ledger ledger;

	@Autowired
	MockMvc mvc;

	Someone admin;

	@BeforeAll
	void entries() {
		this.admin = new PeopleFixture(this.context).someone("Paging Admin", Role.ADMIN);
		this.ledger.appendAll(Stream.generate(this::record).limit(Paging.PAGE_SIZE + 10).toList());
	}

	LedgerRecord record() {
		return new LedgerRecord("paging-test", UUID.randomUUID().toString(), "made", "{}");
	}

	@Test
	void pagesReachTheFirstEntryNewestFirstWhileEntriesAreAppended() {
		PageRequest request = PageRequest.first(7);
		Page<LedgerEntry> page = this.entries.latest(request);
		long head = page.items().get(0).sequence();
		List<Long> seen = new ArrayList<>(page.items().stream().map(LedgerEntry::sequence).toList());
		this.ledger.appendAll(List.of(record()));
		while (page.more()) {
			page = this.entries.latest(request.after(page.next()));
			seen.addAll(page.items().stream().map(LedgerEntry::sequence).toList());
		}
		assertThat(seen)
			.containsExactlyElementsOf(LongStream.iterate(head, (n) -> n >= 1, (n) -> n - 1).boxed().toList());
	}

	@Test
	void theMoreLinkAnswersHtmxWithTheNextRowsAlone() throws Exception {
		String page = this.mvc
			.perform(get("/admin/ledger").with(httpBasic(this.admin.username(), this.admin.password())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String next = page.replaceAll("(?s).*hx-get=\"([^\"]+)\".*", "$1").replace("&amp;", "&");
		assertThat(next).startsWith("/admin/ledger?cursor=");
		String rows = this.mvc
			.perform(get(next).header("HX-Request", "true")
				.with(httpBasic(this.admin.username(), this.admin.password())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(rows.strip()).startsWith("<tr").doesNotContain("<html");
	}

	@Test
	void everyPageWalksTheSequenceKeyOnPostgres() {
		QueryPlans plans = new QueryPlans(this.context.getBean(DataSource.class));
		plans.assumePostgres();
		PageRequest first = PageRequest.first(1);
		Page<LedgerEntry> page = this.entries.latest(first);
		plans.assertReadsAlong("ledger_entry_pkey", () -> this.entries.latest(first));
		plans.assertReadsAlong("ledger_entry_pkey", () -> this.entries.latest(first.after(page.next())));
	}

}
