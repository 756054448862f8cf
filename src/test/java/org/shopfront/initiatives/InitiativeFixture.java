package org.shopfront.initiatives;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.shopfront.demand.DemandId;
import org.shopfront.demand.ExpectedValue;
import org.shopfront.demand.OptionChosen;
import org.shopfront.demand.OptionId;
import org.shopfront.demand.OptionKind;
import org.shopfront.demand.ProposalId;
import org.shopfront.people.UnitId;
import org.shopfront.people.UserId;
import org.shopfront.shared.Money;

import org.springframework.context.ApplicationContext;

/**
 * Initiatives for tests of any module, recorded through the module's public import as a
 * leader's decision would start them.
 */
public final class InitiativeFixture {

	private static final AtomicInteger sequence = new AtomicInteger();

	private final InitiativeImport imports;

	public InitiativeFixture(ApplicationContext context) {
		this.imports = context.getBean(InitiativeImport.class);
	}

	/**
	 * A leader's decision: a budget of {@code budget} euros due on {@code due}, worth
	 * €100,000 a year and 5 days to close the books (from 9).
	 */
	public static OptionChosen decision(UnitId unit, UserId sponsor, UserId itOwner, String budget, LocalDate due,
			Instant decidedAt) {
		Money money = Money.of(budget, "EUR");
		ExpectedValue value = new ExpectedValue(Money.of("100000", "EUR"), "days to close the books", "days",
				new BigDecimal("9"), new BigDecimal("5"));
		return new OptionChosen(DemandId.random(), ProposalId.random(), 1, OptionId.random(),
				"Close the books faster " + sequence.incrementAndGet(), "Build it inside", OptionKind.BUILD_INSIDE,
				null, null, unit, sponsor, itOwner, money, Money.of("1000", "EUR"), money, new BigDecimal("120"), due,
				value, "build", decidedAt);
	}

	/**
	 * A running initiative decided on 1 January 2020 with a budget of €100,000 due on 31
	 * December 2030: nothing is late and nothing spent, so nothing is at risk.
	 */
	public InitiativeId running(UnitId unit, UserId sponsor, UserId itOwner) {
		return this.imports.recordPast(PastInitiative.decided(decision(unit, sponsor, itOwner, "100000",
				LocalDate.of(2030, 12, 31), LocalDate.of(2020, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC))));
	}

}
