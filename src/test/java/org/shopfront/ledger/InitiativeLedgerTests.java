package org.shopfront.ledger;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shopfront.initiatives.InitiativeFixture;
import org.shopfront.initiatives.InitiativeId;
import org.shopfront.initiatives.InitiativeImport;
import org.shopfront.initiatives.InitiativesTest;
import org.shopfront.initiatives.PastInitiative;
import org.shopfront.people.PeopleFixture;
import org.shopfront.people.PeopleFixture.Someone;
import org.shopfront.people.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Initiatives' promises go into the ledger's one chain as their own entry kind: made, and
 * their outcome, each once; the chain still verifies.
 */
@InitiativesTest
class InitiativeLedgerTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	InitiativeImport imports;

	@Autowired
	VerifyingLedger verifying;

	@Test
	void everyPromiseOfADeliveredInitiativeIsMadeAndClosedInTheChain() {
		PeopleFixture people = new PeopleFixture(this.context);
		Someone sponsor = people.someone("Ledger sponsor", Role.BUSINESS_LEADER);
		Someone itOwner = people.someone("Ledger IT owner", Role.FULFILLER);
		InitiativeId id = this.imports.recordPast(PastInitiative
			.decided(InitiativeFixture.decision(people.unit("Ledger unit", sponsor), sponsor.id(), itOwner.id(),
					"100000", LocalDate.of(2024, 6, 30),
					LocalDate.of(2024, 1, 2).atStartOfDay().toInstant(ZoneOffset.UTC)))
			.spent(new BigDecimal("130000"), LocalDate.of(2024, 5, 1), "Build")
			.delivered(LocalDate.of(2024, 7, 10))
			.valueNotRealised(LocalDate.of(2025, 1, 10).atStartOfDay().toInstant(ZoneOffset.UTC), "Nobody uses it"));
		List<UUID> promises = this.jdbc.sql("select id from initiative_promise where initiative_id = :id")
			.param("id", id.value())
			.query(UUID.class)
			.list();
		assertThat(promises).hasSize(3);
		await().atMost(Duration.ofSeconds(20)).until(() -> entries(promises).size() == 6);
		assertThat(entries(promises)).containsExactlyInAnyOrder("made", "made", "made", "broken", "broken", "broken");
		assertThat(this.verifying.verify().valid()).isTrue();
	}

	List<String> entries(List<UUID> promises) {
		return this.jdbc.sql("select event from ledger_entry where kind = :kind and subject in (:ids)")
			.param("kind", InitiativeLedger.KIND)
			.param("ids", promises.stream().map(UUID::toString).toList())
			.query(String.class)
			.list();
	}

}
