package org.shopfront.shadowit;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shopfront.ShopfrontTest;
import org.shopfront.people.PeopleFixture;
import org.shopfront.people.PeopleFixture.Someone;
import org.shopfront.people.Role;
import org.shopfront.shadowit.ShadowItImport.PastExpense;
import org.shopfront.shadowit.ShadowItImport.PastSignIn;
import org.shopfront.shared.Money;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The shadow IT board on the test database: spend by vendor, unit and month kept apart by
 * currency, a unit's head limited to their unit, people counted and never named.
 */
@ShopfrontTest
class ShadowBoardTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	ShadowBoard board;

	@Autowired
	ShadowItImport imports;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	PeopleFixture people;

	Someone head;

	Someone payer;

	Someone otherHead;

	Someone itStaff;

	String unit;

	String otherUnit;

	private final String tag = UUID.randomUUID().toString().substring(0, 8);

	@BeforeEach
	void twoUnitsPayingForSoftware() {
		this.people = new PeopleFixture(this.context);
		this.head = this.people.someone("Board head", Role.BUSINESS_LEADER);
		this.payer = this.people.reportingTo(this.head, "Board payer");
		this.otherHead = this.people.someone("Other head", Role.BUSINESS_LEADER);
		this.itStaff = this.people.someone("Board owner", Role.SERVICE_OWNER);
		this.unit = this.people.unitName(this.people.unit("Board unit " + this.tag, this.head));
		this.otherUnit = this.people.unitName(this.people.unit("Other unit " + this.tag, this.otherHead));
		LocalDate thisMonth = YearMonth.now().atDay(3);
		this.imports.add(List.of(
				new PastExpense(thisMonth, Money.of("1234.50", "EUR"), "SLACK T04ABC SAN FRANCISCO CA",
						this.payer.username(), this.unit, this.tag + "-1"),
				new PastExpense(thisMonth.minusMonths(1), Money.of("99.00", "USD"), "SLACK TECHNOLOGIES",
						this.payer.username(), this.unit, this.tag + "-2"),
				new PastExpense(thisMonth, Money.of("15.99", "EUR"), "ZOOM.US 888-799-9666 CA", "someone-else",
						this.otherUnit, this.tag + "-3"),
				new PastExpense(thisMonth, Money.of("42.00", "EUR"), "LA BRASSERIE PARIS", this.payer.username(),
						this.unit, this.tag + "-4")),
				List.of(new PastSignIn(thisMonth, "Slack", "a-" + this.tag)));
	}

	@Test
	void sumsAUnitsSpendByVendorKeepingCurrenciesApart() {
		Board board = this.board.board(this.people.principal(this.itStaff), this.unit, null, null);
		assertThat(board.vendors()).extracting((v) -> v.vendor().id()).containsExactly("slack");
		Board.VendorRow slack = board.vendors().get(0);
		assertThat(slack.spend().in("EUR")).isEqualByComparingTo("1234.50");
		assertThat(slack.spend().in("USD")).isEqualByComparingTo("99.00");
		assertThat(slack.lines()).isEqualTo(2);
		assertThat(slack.paying()).isEqualTo(1);
		assertThat(board.byUnit()).singleElement().satisfies((g) -> assertThat(g.name()).isEqualTo(this.unit));
		assertThat(board.byCategory()).extracting(Board.Group::name).containsExactly("communication");
		assertThat(board.outside().in("EUR")).isEqualByComparingTo("1234.50");
		Board.Series euros = board.trend()
			.series()
			.stream()
			.filter((s) -> s.currency().equals("EUR"))
			.findFirst()
			.orElseThrow();
		assertThat(euros.amounts().get(euros.amounts().size() - 1)).isEqualByComparingTo("1234.50");
		assertThat(board.trend().months()).hasSize(BoardPeriod.DEFAULT_MONTHS);
	}

	@Test
	void aUnitsHeadSeesOnlyTheirUnitWhateverTheyAskFor() {
		Board board = this.board.board(this.people.principal(this.head), this.otherUnit, null, null);
		assertThat(board.units()).containsExactly(this.unit);
		assertThat(board.vendors()).extracting((v) -> v.vendor().id()).containsExactly("slack");
		assertThat(board.itStaff()).isFalse();
	}

	@Test
	void aLeaderWhoHeadsNoUnitHasNoBoard() {
		Someone leader = this.people.someone("Unitless leader", Role.BUSINESS_LEADER);
		assertThatThrownBy(() -> this.board.board(this.people.principal(leader), null, null, null))
			.isInstanceOf(NoShadowBoard.class);
	}

	@Test
	void thePageCountsPeoplePayingAndNeverNamesThem() throws Exception {
		String page = this.mvc
			.perform(get("/shadow-it").param("unit", this.unit)
				.with(httpBasic(this.head.username(), this.head.password())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		// Each amount in its own currency's sign, never in the store's.
		assertThat(page).contains("Slack", "€1,234.50", "$99").doesNotContain("Zoom").doesNotContain("€99");
		assertThat(page).doesNotContain(this.payer.username(), this.payer.displayName());
	}

	@Test
	void customersFindNoBoard() throws Exception {
		this.mvc.perform(get("/shadow-it").with(httpBasic(this.payer.username(), this.payer.password())))
			.andExpect(status().isForbidden());
	}

}
