package org.shopfront.painpoints;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.shopfront.ShopfrontTest;
import org.shopfront.people.PeopleFixture;
import org.shopfront.people.PeopleFixture.Someone;
import org.shopfront.people.Role;
import org.shopfront.tickets.Ticket;
import org.shopfront.tickets.TicketFixture;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The board's kept figures and renderings (decision 0044): kept only until the rollups or
 * the improvements change, and never handed from the staff board to the public page.
 */
@ShopfrontTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PainPointBoardPagesTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	PainPointBoardPages pages;

	@Autowired
	PainPointRollups rollups;

	@Autowired
	ImprovingPainPoints improving;

	PainPointFixture fixture;

	Someone fulfiller;

	Someone customer;

	@BeforeAll
	void people() {
		this.fixture = new PainPointFixture(this.context);
		PeopleFixture people = new PeopleFixture(this.context);
		this.fulfiller = people.someone("Kept Board Fulfiller", Role.FULFILLER);
		this.customer = people.someone("Kept Board Customer");
	}

	private record Mined(MiningRunId run, PainPointId point, String label) {
	}

	private Mined mined() {
		String source = TicketFixture.uniqueSource("kept");
		long[] ids = this.fixture
			.store(List.of(ticket(source, "K1", "Printer jams"), ticket(source, "K2", "Printer jams again")));
		String label = "printer " + source;
		MiningRunId run = this.fixture.run(Map.of(label, ids));
		return new Mined(run, this.fixture.painPoint(run, label), label);
	}

	private static Ticket ticket(String source, String number, String title) {
		Instant opened = PainPointBoardTests.MONDAY_2_MARCH;
		return new Ticket(source, number, title, "Ticket text of " + number, "Printing", opened,
				opened.plusSeconds(3600), "Caller Zebedee", "Desk", "Leeds", "Finance", 0);
	}

	private long tickets(PainPointId point) {
		return this.pages.board()
			.painPoints()
			.stream()
			.filter((p) -> p.id().equals(point))
			.findFirst()
			.orElseThrow()
			.tickets();
	}

	@Test
	void keptBoardGivesWayToTheRollupsWrittenAfterIt() {
		Mined mined = mined();
		String before = this.pages.html(true, Locale.ENGLISH, "");
		assertThat(tickets(mined.point())).isEqualTo(2);
		PainPointTally tally = this.rollups.tally();
		tally.add(new TicketFacts(Long.MAX_VALUE - 1, PainPointBoardTests.MONDAY_2_MARCH, null, null, "Sales", "Lyon"),
				mined.point().value(), 1);
		this.rollups.add(mined.run(), tally);
		assertThat(tickets(mined.point())).isEqualTo(3);
		assertThat(this.pages.html(true, Locale.ENGLISH, "")).isNotEqualTo(before).contains("Sales (1)");
	}

	@Test
	void keptBoardGivesWayToANewImprovement() throws Exception {
		Mined mined = mined();
		assertThat(board()).contains(mined.label()).doesNotContain("Toner subscription");
		this.improving.promise(mined.point(), new ImprovementForm("Toner subscription", "Print team", LocalDate.now()),
				"Tester");
		assertThat(board()).contains("Toner subscription");
	}

	@Test
	void publicPageRenderedAfterTheBoardShowsNoneOfTheStaffPart() throws Exception {
		Mined mined = mined();
		assertThat(board()).contains("/listening/pain-points/" + mined.point()).contains("Finance (2)");
		String page = this.mvc
			.perform(get("/pain-points/public").with(httpBasic(this.customer.username(), this.customer.password())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(mined.label())
			.doesNotContain("/listening/pain-points/")
			.doesNotContain("Finance (2)")
			.doesNotContain("Caller Zebedee");
	}

	private String board() throws Exception {
		return this.mvc.perform(get("/listening").with(httpBasic(this.fulfiller.username(), this.fulfiller.password())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
