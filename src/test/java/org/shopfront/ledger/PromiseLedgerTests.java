package org.shopfront.ledger;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shopfront.ShopfrontTest;
import org.shopfront.catalog.CatalogFixture;
import org.shopfront.catalog.NeedId;
import org.shopfront.catalog.OfferingId;
import org.shopfront.painpoints.PainPointFixture;
import org.shopfront.ordering.OrderId;
import org.shopfront.ordering.OrderingFixture;
import org.shopfront.people.PeopleFixture;
import org.shopfront.people.PeopleFixture.Someone;
import org.shopfront.people.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Promise events reach the ledger by themselves: placing an order appends "made", its end
 * appends the outcome, the chain stays whole, and the admin sees and exports it.
 */
@ShopfrontTest
class PromiseLedgerTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Ledger ledger;

	@Autowired
	VerifyingLedger verifying;

	@Autowired
	MockMvc mvc;

	OrderingFixture ordering;

	Someone customer;

	Someone admin;

	OfferingId offering;

	@BeforeEach
	void store() {
		PeopleFixture people = new PeopleFixture(this.context);
		CatalogFixture catalog = new CatalogFixture(this.context);
		this.ordering = new OrderingFixture(this.context);
		NeedId need = catalog.need("A need on the record");
		this.offering = catalog.service(need, catalog.provider("Ledger Provider"), "10");
		this.customer = people.someone("Ledger Customer");
		this.admin = people.someone("Ledger Admin", Role.ADMIN);
	}

	@Test
	void recordsTheMakingAndTheOutcomeOfAnOrdersPromise() {
		OrderId order = this.ordering.place(this.customer, this.offering, 1);
		List<Entry> made = await().atMost(Duration.ofSeconds(10)).until(() -> entriesOf(order), e -> e.size() == 1);
		assertThat(made.get(0).kind()).isEqualTo("order-promise");
		assertThat(made.get(0).event()).isEqualTo("made");

		this.ordering.cancel(this.customer, order);

		List<Entry> all = await().atMost(Duration.ofSeconds(10)).until(() -> entriesOf(order), e -> e.size() == 2);
		assertThat(all).extracting(Entry::event).containsExactly("made", "cancelled");
		assertThat(all.get(1).subject()).as("one subject: the promise").isEqualTo(all.get(0).subject());
		assertThat(all.get(1).sequence()).isGreaterThan(all.get(0).sequence());
		assertThat(this.verifying.verify().valid()).isTrue();
	}

	@Test
	void recordsTheImprovementsPromisedAgainstPainPointsAndTheirOutcome() throws Exception {
		PainPointFixture painPoints = new PainPointFixture(this.context);
		UUID painPoint = painPoints.somePainPoint();
		UUID improvement = painPoints.improvement(painPoint);
		List<Entry> made = await().atMost(Duration.ofSeconds(10))
			.until(() -> entriesOf(improvement), e -> e.size() == 1);
		assertThat(made.get(0).kind()).isEqualTo("improvement");
		assertThat(made.get(0).event()).isEqualTo("made");

		Someone owner = new PeopleFixture(this.context).someone("Ledger Owner", Role.SERVICE_OWNER);
		this.mvc
			.perform(post("/listening/improvements/{id}/done", improvement).param("painPoint", painPoint.toString())
				.with(csrf())
				.with(httpBasic(owner.username(), owner.password())))
			.andExpect(status().is3xxRedirection());
		List<Entry> all = await().atMost(Duration.ofSeconds(10))
			.until(() -> entriesOf(improvement), e -> e.size() == 2);
		assertThat(all).extracting(Entry::event).containsExactly("made", "kept");
		assertThat(this.verifying.verify().valid()).isTrue();
	}

	@Test
	void recordsTheSameFactOnceWhenAnEventIsDeliveredAgain() {
		LedgerRecord record = LedgerRecord.of("order-promise", "redelivered-" + System.nanoTime(), "made",
				Map.of("n", 1));
		assertThat(this.ledger.record(record)).isPresent();
		assertThat(this.ledger.record(record)).isEmpty();
		assertThat(this.jdbc.sql("select count(*) from ledger_entry where subject = :s")
			.param("s", record.subject())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void showsVerifiesAndExportsTheLedgerToTheAdmin() throws Exception {
		LedgerEntry entry = this.ledger
			.appendAll(List.of(LedgerRecord.of("order-promise", "shown-" + System.nanoTime(), "made", Map.of())))
			.get(0);
		this.mvc.perform(get("/admin/ledger").with(httpBasic(this.admin.username(), this.admin.password())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(entry.subject())))
			.andExpect(content().string(containsString("Verify the whole chain now")));
		ChainReport report = (ChainReport) this.mvc
			.perform(post("/admin/ledger/verify").with(csrf())
				.with(httpBasic(this.admin.username(), this.admin.password())))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getFlashMap()
			.get("report");
		assertThat(report.valid()).isTrue();
		assertThat(report.entries()).isPositive();
		this.mvc.perform(get("/admin/ledger/export").with(httpBasic(this.admin.username(), this.admin.password())))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString(".jsonl")))
			.andExpect(content().string(containsString(entry.exportLine() + "\n")));
	}

	List<Entry> entriesOf(OrderId order) {
		return this.jdbc.sql("""
				select sequence_number, kind, subject, event from ledger_entry
				where content like :order order by sequence_number
				""")
			.param("order", "%\"order\":\"" + order.value() + "\"%")
			.query((rs, row) -> new Entry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list();
	}

	List<Entry> entriesOf(UUID improvement) {
		return this.jdbc.sql("""
				select sequence_number, kind, subject, event from ledger_entry
				where subject = :subject order by sequence_number
				""")
			.param("subject", improvement.toString())
			.query((rs, row) -> new Entry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list();
	}

	record Entry(long sequence, String kind, String subject, String event) {

	}

}
