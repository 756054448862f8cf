package org.shopfront.demand;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shopfront.ShopfrontTest;
import org.shopfront.catalog.CatalogFixture;
import org.shopfront.catalog.ProviderId;
import org.shopfront.demand.DemandFixture.BusinessUnit;
import org.shopfront.people.PeopleFixture;
import org.shopfront.people.PeopleFixture.Someone;
import org.shopfront.people.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A demand's way from submitted to decided and on with its initiative: the decision
 * publishes {@link OptionChosen} with the budget and date widened from evidence, every
 * move tells the leader and IT, and only the unit's leaders, those who took part and IT
 * see it.
 */
@ShopfrontTest
@EnableScenarios
@RecordApplicationEvents
class DemandFlowTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemandQueries queries;

	@Autowired
	DemandPages pages;

	@Autowired
	DemandProgress progress;

	@Autowired
	ApplicationEvents events;

	DemandFixture demands;

	BusinessUnit unit;

	Someone owner;

	ProviderId provider;

	@BeforeEach
	void fixture() {
		PeopleFixture people = new PeopleFixture(this.context);
		this.demands = new DemandFixture(this.context);
		this.unit = this.demands.unit("Flow Finance");
		this.owner = people.someone("Flow Owner", Role.SERVICE_OWNER);
		this.provider = new CatalogFixture(this.context).provider("Flow Scanning Ltd");
	}

	@Test
	void decidingPublishesTheChosenOptionWithItsWidenedBudgetAndDate(Scenario scenario) {
		DemandId demand = this.demands.submit(this.unit, "Read invoices");
		this.demands.propose(this.owner, demand, this.provider);
		OptionId bought = this.demands.option(demand, 1);
		OptionView shown = this.pages.page(this.demands.viewer(this.unit.leader()), demand, null)
			.proposal()
			.options()
			.get(1);

		scenario.stimulate(() -> this.demands.decide(this.unit.leader(), demand, bought))
			.andWaitForEventOfType(OptionChosen.class)
			.matching(chosen -> chosen.demandId().equals(demand))
			.toArriveAndVerify(chosen -> {
				assertThat(chosen.optionId()).isEqualTo(bought);
				assertThat(chosen.kind()).isEqualTo(OptionKind.BUY_SERVICE);
				assertThat(chosen.provider()).isEqualTo(this.provider);
				assertThat(chosen.providerName()).startsWith("Flow Scanning Ltd");
				assertThat(chosen.title()).isEqualTo("Read invoices");
				assertThat(chosen.unit()).isEqualTo(this.unit.id());
				assertThat(chosen.sponsor()).isEqualTo(this.unit.leader().id());
				assertThat(chosen.itOwner()).isEqualTo(this.owner.id());
				assertThat(chosen.proposalVersion()).isEqualTo(1);
				assertThat(chosen.oneOffCost().amount()).isEqualByComparingTo("20000");
				assertThat(chosen.runningCostPerYear().amount()).isEqualByComparingTo("30000");
				// The promise is the widened figure the leader saw, never below IT's
				// estimate.
				assertThat(chosen.budget()).isEqualTo(shown.promised().budget());
				assertThat(chosen.budget().amount()).isGreaterThanOrEqualTo(new BigDecimal("20000"));
				assertThat(chosen.due()).isEqualTo(shown.promised().due());
				assertThat(chosen.due()).isAfterOrEqualTo(shown.option().deliveryDate());
				assertThat(chosen.value().perYear().amount()).isEqualByComparingTo("120000");
				assertThat(chosen.workKind()).isEqualTo("buy");
			});
		// The initiatives module starts the chosen option's initiative from the event,
		// which
		// moves the demand on.
		assertThat(this.queries.visible(this.demands.viewer(this.unit.leader()), demand).status())
			.isIn(DemandStatus.DECIDED, DemandStatus.INITIATIVE_RUNNING);
	}

	@Test
	void choosingToDoNothingClosesTheDemandWithoutAnInitiative() {
		DemandId demand = this.demands.submit(this.unit, "Leave it");
		this.demands.propose(this.owner, demand, null);
		this.demands.decide(this.unit.leader(), demand, this.demands.option(demand, 2));

		assertThat(this.queries.visible(this.demands.viewer(this.unit.leader()), demand).status())
			.isEqualTo(DemandStatus.CLOSED);
		assertThat(this.events.stream(OptionChosen.class).filter(chosen -> chosen.demandId().equals(demand))).isEmpty();
		assertThat(this.events.stream(DemandMoved.class).filter(moved -> moved.demandId().equals(demand)))
			.extracting(DemandMoved::to)
			.containsExactly(DemandStatus.PROPOSAL_READY, DemandStatus.DECIDED, DemandStatus.CLOSED);
	}

	@Test
	void tellsItOfANewDemandAndTheLeaderAndSubmitterOfEveryMove() {
		DemandId demand = this.demands.submit(this.unit, "Tell everyone");
		assertThat(kindsFor(this.owner, demand)).contains("demand-submitted");
		assertThat(kindsFor(this.unit.leader(), demand)).contains("demand-submitted");

		this.demands.propose(this.owner, demand, null);
		assertThat(subjectsFor(this.unit.member(), demand)).anySatisfy(s -> assertThat(s).contains("Tell everyone"));
		assertThat(kindsFor(this.unit.leader(), demand)).contains("demand-moved");
		assertThat(kindsFor(this.owner, demand)).as("not told of their own move").doesNotContain("demand-moved");

		this.demands.decide(this.unit.leader(), demand, this.demands.option(demand, 0));
		assertThat(kindsFor(this.owner, demand)).contains("demand-moved");
	}

	@Test
	void theInitiativeMovesTheDemandOnAndBeingToldTwiceChangesNothing(Scenario scenario) {
		DemandId demand = this.demands.submit(this.unit, "Run it");
		this.demands.propose(this.owner, demand, null);
		// The initiatives module starts the chosen option's initiative from the event, on
		// its own thread: wait for it rather than race it with an initiative of our own.
		scenario.stimulate(() -> this.demands.decide(this.unit.leader(), demand, this.demands.option(demand, 0)))
			.andWaitForStateChange(() -> running(demand))
			.andVerify((running) -> assertThat(running).isNotNull());
		UUID initiative = running(demand);
		long steps = countMoves(demand);

		this.progress.initiativeStarted(demand, initiative);
		this.progress.initiativeStarted(demand, initiative);
		assertThat(countMoves(demand)).as("being told again changes nothing").isEqualTo(steps);
		assertThatThrownBy(() -> this.progress.initiativeStarted(demand, UUID.randomUUID()))
			.as("a second initiative for the same demand")
			.isInstanceOf(DemandConflict.class);
		this.progress.valueConfirmed(demand);
		this.progress.closed(demand, "Delivered and paid back");
		this.progress.closed(demand, "Delivered and paid back");

		Demand closed = this.queries.visible(this.demands.viewer(this.unit.leader()), demand);
		assertThat(closed.status()).isEqualTo(DemandStatus.CLOSED);
		assertThat(closed.initiativeId()).isEqualTo(initiative);
		assertThat(closed.closedReason()).isEqualTo("Delivered and paid back");
		assertThat(countMoves(demand)).isEqualTo(steps + 2);
	}

	/** The demand's initiative once it runs, else {@code null}. */
	private UUID running(DemandId demand) {
		Demand seen = this.queries.visible(this.demands.viewer(this.unit.leader()), demand);
		return (seen.status() == DemandStatus.INITIATIVE_RUNNING) ? seen.initiativeId() : null;
	}

	@Test
	void anInitiativeCannotStartForADemandNotDecided() {
		DemandId demand = this.demands.submit(this.unit, "Not decided");
		assertThatThrownBy(() -> this.progress.initiativeStarted(demand, UUID.randomUUID()))
			.isInstanceOf(DemandConflict.class);
	}

	@Test
	void aMemberSeesOnlyTheDemandsTheyTookPartInAndTheLeaderAllOfTheUnits() {
		PeopleFixture people = new PeopleFixture(this.context);
		Someone colleague = people.someone("Flow Colleague");
		people.joinUnit(colleague, this.unit.id());
		DemandId demand = this.demands.submit(this.unit, "Only for those involved");

		assertThat(titles(this.unit.member())).contains("Only for those involved");
		assertThat(titles(this.unit.leader())).contains("Only for those involved");
		assertThat(titles(this.owner)).contains("Only for those involved");
		assertThat(titles(colleague)).doesNotContain("Only for those involved");
		assertThatThrownBy(() -> this.queries.visible(this.demands.viewer(colleague), demand))
			.isInstanceOf(DemandNotFound.class);
		BusinessUnit other = this.demands.unit("Flow Sales");
		assertThatThrownBy(() -> this.queries.visible(this.demands.viewer(other.leader()), demand))
			.isInstanceOf(DemandNotFound.class);
	}

	private List<String> titles(Someone someone) {
		return this.queries.list(this.demands.viewer(someone), null).stream().map(DemandSummary::title).toList();
	}

	private List<String> kindsFor(Someone someone, DemandId demand) {
		return this.jdbc.sql("select kind from notice where recipient_id = :me and source_key like :demand")
			.param("me", someone.id().value())
			.param("demand", "%" + demand.value() + "%")
			.query(String.class)
			.list();
	}

	private List<String> subjectsFor(Someone someone, DemandId demand) {
		return this.jdbc.sql("select subject from notice where recipient_id = :me and source_key like :demand")
			.param("me", someone.id().value())
			.param("demand", "%" + demand.value() + "%")
			.query(String.class)
			.list();
	}

	private long countMoves(DemandId demand) {
		return this.jdbc.sql("select count(*) from demand_step where demand_id = :id")
			.param("id", demand.value())
			.query(Long.class)
			.single();
	}

}
