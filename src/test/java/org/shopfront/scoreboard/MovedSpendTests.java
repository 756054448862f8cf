package org.shopfront.scoreboard;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shopfront.ShopfrontTest;
import org.shopfront.people.PeopleFixture;
import org.shopfront.people.PeopleFixture.Someone;
import org.shopfront.people.Role;
import org.shopfront.shadowit.MovedSpend;
import org.shopfront.shadowit.ShadowItImport;
import org.shopfront.shadowit.ShadowItImport.PastAnswer;
import org.shopfront.shadowit.ShadowItImport.PastExpense;
import org.shopfront.shared.Money;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The company page of the scoreboard shows the spend that moved from cards into the
 * store: a vendor paid 100 a month for six months, answered by the store, and paid 10 a
 * month since, moved 90 a month. The test pays in Swiss francs, which no other test uses.
 */
@ShopfrontTest
class MovedSpendTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	ShadowItImport imports;

	@Autowired
	MovedSpend moved;

	@Autowired
	MockMvc mvc;

	@Test
	void theCompanyPageShowsTheMonthlySpendThatMovedIntoTheStore() throws Exception {
		Someone owner = new PeopleFixture(this.context).someone("Moving owner", Role.SERVICE_OWNER);
		String tag = UUID.randomUUID().toString().substring(0, 8);
		YearMonth now = YearMonth.now();
		YearMonth answered = now.minusMonths(3);
		List<PastExpense> lines = new ArrayList<>();
		for (int back = 9; back >= 0; back--) {
			YearMonth month = now.minusMonths(back);
			lines.add(new PastExpense(month.atDay(2), Money.of(month.isBefore(answered) ? "100.00" : "10.00", "CHF"),
					"SMARTSHEET INC", "mover", "Moving unit", tag + "-" + back));
		}
		this.imports.add(lines, List.of());
		this.imports.add(List.of(new PastAnswer("smartsheet", false, owner.id(), owner.displayName(),
				answered.atDay(1).atStartOfDay(ZoneId.systemDefault()).toInstant())));
		assertThat(this.moved.figures().movedPerMonth()).contains(Money.of("90.00", "CHF"));
		String page = this.mvc
			.perform(get("/scoreboard/company/all").with(httpBasic(owner.username(), owner.password())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"moved-spend\"", "CHF", "90 a month no longer spent outside IT")
			.doesNotContain("€90");
	}

}
