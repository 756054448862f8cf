package org.shopfront.initiatives;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shopfront.demand.OptionChosen;
import org.shopfront.people.PeopleFixture;
import org.shopfront.people.PeopleFixture.Someone;
import org.shopfront.people.Role;
import org.shopfront.people.UnitId;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An initiative from the leader's decision to its end: started once however often the
 * decision arrives, re-planned without losing the first promise, called in early by the
 * watch, answered, confirmed or stopped, with the moves that are not allowed refused.
 */
@InitiativesTest
class InitiativeLifecycleTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StartingInitiative starting;

	@Autowired
	InitiativeImport imports;

	@Autowired
	InitiativeWatch watch;

	@Autowired
	Initiatives initiatives;

	@Autowired
	RecordingDemand demand;

	Someone sponsor;

	Someone itOwner;

	UnitId unit;

	/**
	 * Initiatives other tests closed became past projects whose overruns the watch would
	 * apply to these ones (ProjectHistory): each test starts without that history.
	 */
	@BeforeEach
	void withoutTheHistoryOfOtherTests() {
		this.jdbc.sql("delete from past_project where source = :source")
			.param("source", ProjectHistory.SOURCE)
			.update();
	}

	@BeforeEach
	void people() {
		PeopleFixture people = new PeopleFixture(this.context);
		this.sponsor = people.someone("Sponsor", Role.BUSINESS_LEADER);
		this.itOwner = people.someone("IT owner", Role.FULFILLER);
		this.unit = people.unit("Finance", this.sponsor);
	}

	@Test
	void aDecisionDeliveredTwiceStartsOneInitiativeWithThreePromises() {
		OptionChosen chosen = decision("100000", LocalDate.of(2030, 6, 30));
		TransactionTemplate tx = new TransactionTemplate(this.context.getBean(PlatformTransactionManager.class));
		Optional<Initiative> first = tx.execute((status) -> this.starting.start(chosen));
		Optional<Initiative> again = tx.execute((status) -> this.starting.start(chosen));
		assertThat(first).isPresent();
		assertThat(again).isEmpty();
		List<UUID> ids = this.jdbc.sql("select id from initiative where demand_id = :demand")
			.param("demand", chosen.demandId().value())
			.query(UUID.class)
			.list();
		assertThat(ids).hasSize(1);
		assertThat(promises(ids.get(0))).extracting((p) -> p.get("measure") + " " + p.get("status"))
			.containsExactlyInAnyOrder("BUDGET OPEN", "DATE OPEN", "VALUE OPEN");
	}

	@Test
	void aPublishedDecisionBecomesAnInitiative() {
		OptionChosen chosen = decision("50000", LocalDate.of(2030, 6, 30));
		TransactionTemplate tx = new TransactionTemplate(this.context.getBean(PlatformTransactionManager.class));
		// Delivered twice, as the event publication registry does after a crash.
		tx.executeWithoutResult((status) -> this.context.publishEvent(chosen));
		tx.executeWithoutResult((status) -> this.context.publishEvent(chosen));
		await().atMost(Duration.ofSeconds(20)).until(() -> this.demand.callsAbout(chosen.demandId()).size() == 1);
		UUID id = this.jdbc.sql("select id from initiative where demand_id = :demand")
			.param("demand", chosen.demandId().value())
			.query(UUID.class)
			.single();
		assertThat(this.demand.callsAbout(chosen.demandId()))
			.containsExactly("started " + chosen.demandId() + " " + id);
	}

	@Test
	void aReplanAddsAPromiseAndKeepsTheOriginal() throws Exception {
		InitiativeId id = running("100000", LocalDate.of(2030, 6, 30));
		api(this.sponsor, id, "/replan",
				"{\"measure\":\"DATE\",\"date\":\"2031-03-31\",\"reason\":\"The supplier is late\"}")
			.andExpect(status().isOk());
		List<Map<String, Object>> dates = promises(id.value()).stream()
			.filter((p) -> "DATE".equals(p.get("measure")))
			.toList();
		assertThat(dates).hasSize(2);
		Map<String, Object> first = dates.get(0);
		Map<String, Object> second = dates.get(1);
		assertThat(first.get("status")).isEqualTo("RENEGOTIATED");
		assertThat(first.get("due_on").toString()).isEqualTo("2030-06-30");
		assertThat(second.get("status")).isEqualTo("OPEN");
		assertThat(second.get("due_on").toString()).isEqualTo("2031-03-31");
		assertThat(second.get("replaces")).isEqualTo(first.get("id"));
		assertThat(second.get("reason")).isEqualTo("The supplier is late");
	}

	@Test
	void nobodySpendsOnAStoppedInitiative() throws Exception {
		InitiativeId id = running("100000", LocalDate.of(2030, 6, 30));
		api(this.sponsor, id, "/stop", "{\"reason\":\"The market moved\"}").andExpect(status().isOk());
		api(this.itOwner, id, "/spend", "{\"amount\":100,\"spentOn\":\"2021-01-04\",\"note\":\"Too late\"}")
			.andExpect(status().isConflict());
		// Nobody had been told they were at risk: the promises are cancelled, not broken.
		assertThat(promises(id.value())).extracting((p) -> p.get("status")).containsOnly("CANCELLED");
	}

	@Test
	void theValueIsConfirmedOnce() throws Exception {
		OptionChosen chosen = decision("100000", LocalDate.of(2024, 6, 30));
		InitiativeId id = this.imports.recordPast(PastInitiative.decided(chosen)
			.spent(new BigDecimal("90000"), LocalDate.of(2024, 5, 1), "Build")
			.delivered(LocalDate.of(2024, 6, 28)));
		String value = "{\"realisedPerYear\":120000,\"realisedFigure\":5,\"note\":\"Books close in five days\"}";
		api(this.sponsor, id, "/value", value).andExpect(status().isOk());
		api(this.sponsor, id, "/value", value).andExpect(status().isConflict());
		assertThat(promises(id.value())).extracting((p) -> p.get("measure") + " " + p.get("status"))
			.containsExactlyInAnyOrder("BUDGET KEPT", "DATE KEPT", "VALUE KEPT");
		assertThat(this.demand.callsAbout(chosen.demandId())).contains("valueConfirmed " + chosen.demandId());
	}

	@Test
	void aValueFallingShortBreaksItsPromiseWithTheShortfall() throws Exception {
		InitiativeId id = this.imports.recordPast(PastInitiative.decided(decision("100000", LocalDate.of(2024, 6, 30)))
			.delivered(LocalDate.of(2024, 6, 28)));
		api(this.itOwner, id, "/value", "{\"realisedPerYear\":40000,\"realisedFigure\":7}")
			.andExpect(status().isForbidden());
		api(this.sponsor, id, "/value", "{\"notRealised\":true}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.note").exists());
		api(this.sponsor, id, "/value", "{\"realisedPerYear\":40000,\"realisedFigure\":7}").andExpect(status().isOk());
		Map<String, Object> value = promises(id.value()).stream()
			.filter((p) -> "VALUE".equals(p.get("measure")))
			.findFirst()
			.orElseThrow();
		assertThat(value.get("status")).isEqualTo("BROKEN");
		assertThat((BigDecimal) value.get("actual_amount")).isEqualByComparingTo("40000");
	}

	@Test
	void theWatchCallsTheSponsorOnceWhenSpendOutrunsTheBudgetAndTheAnswerReplans() throws Exception {
		Instant now = Instant.now();
		InitiativeId id = this.imports.recordPast(PastInitiative
			.decided(InitiativeFixture.decision(this.unit, this.sponsor.id(), this.itOwner.id(), "100000",
					LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(300), now.minus(30, ChronoUnit.DAYS))));
		assertThat(this.watch.watch(List.of(initiative(id)), now)).isZero();
		String today = LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(1).toString();
		api(this.itOwner, id, "/spend", "{\"amount\":120000,\"spentOn\":\"" + today + "\",\"note\":\"Licences\"}")
			.andExpect(status().isOk());
		Instant tomorrow = now.plus(1, ChronoUnit.DAYS);
		assertThat(this.watch.watch(List.of(initiative(id)), tomorrow)).isPositive();
		assertThat(this.watch.watch(List.of(initiative(id)), tomorrow.plus(1, ChronoUnit.DAYS))).isZero();
		Map<String, Object> budget = current(id, "BUDGET");
		assertThat(budget.get("status")).isEqualTo("AT_RISK");
		assertThat(this.jdbc.sql("select count(*) from notice where source_key = :key")
			.param("key", "initiative-at-risk:" + budget.get("id"))
			.query(Long.class)
			.single()).isEqualTo(1);
		api(this.itOwner, id, "/call", "{\"answer\":\"MORE_MONEY\",\"extra\":50000,\"note\":\"Worth it\"}")
			.andExpect(status().isForbidden());
		api(this.sponsor, id, "/call", "{\"answer\":\"MORE_MONEY\",\"extra\":50000,\"note\":\"Worth it\"}")
			.andExpect(status().isOk());
		Map<String, Object> renewed = current(id, "BUDGET");
		assertThat((BigDecimal) renewed.get("amount")).isEqualByComparingTo("150000");
		assertThat(renewed.get("replaces")).isEqualTo(budget.get("id"));
		api(this.sponsor, id, "/call", "{\"answer\":\"MORE_MONEY\",\"extra\":50000,\"note\":\"Again\"}")
			.andExpect(status().isConflict());
	}

	@Test
	void badInputIsRefusedNamingTheFieldAndForeignIdsAreNotFound() throws Exception {
		InitiativeId id = running("100000", LocalDate.of(2030, 6, 30));
		api(this.itOwner, id, "/spend", "{\"amount\":-5,\"spentOn\":\"2021-01-04\",\"note\":\"Refund\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.amount").exists());
		api(this.itOwner, id, "/spend", "{\"amount\":5,\"currency\":\"USD\",\"spentOn\":\"2021-01-04\",\"note\":\"x\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.currency").exists());
		api(this.itOwner, new InitiativeId(UUID.randomUUID()), "/spend",
				"{\"amount\":5,\"spentOn\":\"2021-01-04\",\"note\":\"x\"}")
			.andExpect(status().isNotFound());
	}

	OptionChosen decision(String budget, LocalDate due) {
		return InitiativeFixture.decision(this.unit, this.sponsor.id(), this.itOwner.id(), budget, due,
				LocalDate.of(2020, 1, 1).atTime(12, 0).toInstant(ZoneOffset.UTC));
	}

	InitiativeId running(String budget, LocalDate due) {
		return this.imports.recordPast(PastInitiative.decided(decision(budget, due)));
	}

	Initiative initiative(InitiativeId id) {
		return this.initiatives.find(id).orElseThrow();
	}

	List<Map<String, Object>> promises(UUID initiative) {
		return this.jdbc.sql("select * from initiative_promise where initiative_id = :id order by measure, seq")
			.param("id", initiative)
			.query()
			.listOfRows()
			.stream()
			.map((row) -> {
				Map<String, Object> lower = new HashMap<>();
				row.forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v));
				return lower;
			})
			.toList();
	}

	Map<String, Object> current(InitiativeId id, String measure) {
		List<Map<String, Object>> of = promises(id.value()).stream()
			.filter((p) -> measure.equals(p.get("measure")))
			.toList();
		return of.get(of.size() - 1);
	}

	ResultActions api(Someone who, InitiativeId id, String path, String json) throws Exception {
		return this.mvc.perform(post("/api/initiatives/" + id + path).contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.content(json)
			.with(httpBasic(who.username(), who.password())));
	}

}
