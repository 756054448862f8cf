package org.shopfront.initiatives;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.shopfront.estimates.EstimateQuestion;
import org.shopfront.estimates.Estimates;
import org.shopfront.estimates.Measure;
import org.shopfront.people.PeopleFixture;
import org.shopfront.people.PeopleFixture.Someone;
import org.shopfront.people.Role;
import org.shopfront.people.UnitId;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A closed initiative becomes a past project: its first estimates against what it took,
 * counted by the next proposal's evidence; one stopped or not yet closed is not.
 */
@InitiativesTest
class ProjectHistoryTests {

	static final Instant DECIDED = LocalDate.of(2023, 3, 1).atTime(12, 0).toInstant(ZoneOffset.UTC);

	static final LocalDate START = LocalDate.of(2023, 3, 1);

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	InitiativeImport imports;

	@Autowired
	Estimates estimates;

	@Test
	void aClosedInitiativeIsAPastProjectTheNextProposalsEvidenceCounts() {
		PeopleFixture people = new PeopleFixture(this.context);
		Someone sponsor = people.someone("History sponsor", Role.BUSINESS_LEADER);
		Someone itOwner = people.someone("History IT owner", Role.FULFILLER);
		UnitId unit = people.unit("History unit", sponsor);
		int before = comparableCosts();

		InitiativeId closed = this.imports.recordPast(PastInitiative
			.decided(InitiativeFixture.decision(unit, sponsor.id(), itOwner.id(), "100000", START.plusDays(100),
					DECIDED))
			.spent(new BigDecimal("150000"), START.plusDays(60), "Build")
			.delivered(START.plusDays(110))
			.valueConfirmed(DECIDED.plus(Duration.ofDays(200)), new BigDecimal("90000"), new BigDecimal("6"), "Fine"));
		this.imports.recordPast(PastInitiative
			.decided(InitiativeFixture.decision(unit, sponsor.id(), itOwner.id(), "100000", START.plusDays(100),
					DECIDED))
			.spent(new BigDecimal("30000"), START.plusDays(20), "Build")
			.stopped(DECIDED.plus(Duration.ofDays(30)), "Not needed"));
		this.imports.recordPast(
				PastInitiative
					.decided(InitiativeFixture.decision(unit, sponsor.id(), itOwner.id(), "100000", START.plusDays(100),
							DECIDED))
					.delivered(START.plusDays(90)));

		assertThat(comparableCosts()).as("only the closed one is evidence").isEqualTo(before + 1);
		Map<String, Object> project = this.jdbc
			.sql("select estimated_cost, actual_cost, estimated_days, actual_days, source from past_project "
					+ "where reference = :reference")
			.param("reference", "initiative " + closed.value())
			.query()
			.singleRow();
		// The fixture's option is estimated at its budget, €100,000, due 100 days after
		// the decision.
		assertThat((BigDecimal) project.get("estimated_cost")).isEqualByComparingTo("100000");
		assertThat((BigDecimal) project.get("actual_cost")).isEqualByComparingTo("150000");
		assertThat((BigDecimal) project.get("estimated_days")).isEqualByComparingTo("100");
		assertThat((BigDecimal) project.get("actual_days")).isEqualByComparingTo("110");
		assertThat(project.get("source")).isEqualTo(ProjectHistory.SOURCE);
	}

	private int comparableCosts() {
		return this.estimates
			.widen(EstimateQuestion.of(Measure.COST, new BigDecimal("100000"), "kind nobody has", null))
			.comparable();
	}

}
