package org.shopfront.initiatives;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.shopfront.people.PeopleFixture;
import org.shopfront.people.PeopleFixture.Someone;
import org.shopfront.people.Role;
import org.shopfront.shared.Formats;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application nodes watch the same initiative at the same moment: both read its open
 * promises and both project the budget to break, but the promise turns at risk once and
 * the sponsor gets one call, because turning it is the same conditional update (on the
 * version read) that keeps the promises' watch from calling a customer twice.
 */
@InitiativesTest
class InitiativeWatchRaceTests {

	private static final String AT_RISK = "select count(*) from initiative_promise where initiative_id = :id "
			+ "and status = 'AT_RISK'";

	private static final String CALLS = "select count(*) from initiative_call where initiative_id = :id";

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	InitiativeImport imports;

	@Autowired
	ReportingProgress progress;

	@Autowired
	Initiatives initiatives;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Test
	void twoWatchersRacingCallTheSponsorOnce() throws Exception {
		PeopleFixture people = new PeopleFixture(this.context);
		Someone sponsor = people.someone("Race sponsor", Role.BUSINESS_LEADER);
		Someone itOwner = people.someone("Race IT owner", Role.FULFILLER);
		Instant now = Instant.now();
		LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
		InitiativeId id = this.imports
			.recordPast(PastInitiative.decided(InitiativeFixture.decision(people.unit("Race unit", sponsor),
					sponsor.id(), itOwner.id(), "100000", today.plusDays(300), now.minus(30, ChronoUnit.DAYS))));
		this.progress.spend(new Reader(itOwner.id(), null, false, true, false, false, false), id,
				new SpendForm(new BigDecimal("120000"), "EUR", today.minusDays(1), "Licences"));
		Initiative initiative = this.initiatives.find(id).orElseThrow();
		// Recording the spend may already have turned another of its promises at risk,
		// with
		// its own call: the race is about what the two watchers add.
		long atRiskBefore = count(AT_RISK, id);
		long callsBefore = count(CALLS, id);

		// Both nodes have read the open promises and projected them before either writes.
		CyclicBarrier bothProjected = new CyclicBarrier(2);
		TransactionTemplate transactions = new TransactionTemplate(this.transactionManager);
		ExecutorService nodes = Executors.newFixedThreadPool(2);
		List<Future<Integer>> turned = new ArrayList<>();
		try {
			for (int node = 0; node < 2; node++) {
				InitiativeWatch watch = node(bothProjected);
				turned.add(nodes.submit(() -> transactions
					.execute((status) -> watch.watch(List.of(initiative), now.plus(1, ChronoUnit.DAYS)))));
			}
			int total = 0;
			for (Future<Integer> f : turned) {
				total += f.get(60, TimeUnit.SECONDS);
			}
			assertThat(total).as("promises turned at risk by both nodes together").isEqualTo(1);
		}
		finally {
			nodes.shutdownNow();
		}
		assertThat(count(AT_RISK, id)).isEqualTo(atRiskBefore + 1);
		assertThat(count(CALLS, id)).as("one call for the promise the race turned").isEqualTo(callsBefore + 1);
		assertThat(count("""
				select count(*) from (select promise_id from initiative_call where initiative_id = :id
				    group by promise_id having count(*) > 1) twice""", id)).as("no promise called twice").isZero();
		assertThat(count("""
				select count(*) from notice where source_key in (select 'initiative-at-risk:' || cast(id as varchar(36))
				    from initiative_promise where initiative_id = :id)""", id)).as("one notice per call")
			.isEqualTo(count(CALLS, id));
	}

	/**
	 * A watcher as another node runs it, which waits at the barrier once it projected.
	 */
	private InitiativeWatch node(CyclicBarrier bothProjected) {
		Projector waiting = new Projector(this.context.getBean(Evidence.class), this.context.getBean(Formats.class)) {
			@Override
			List<Projection> project(Initiative initiative, List<InitiativePromise> open, List<Milestone> milestones,
					LocalDate today) {
				List<Projection> projections = super.project(initiative, open, milestones, today);
				try {
					bothProjected.await(30, TimeUnit.SECONDS);
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
				return projections;
			}
		};
		return new InitiativeWatch(this.initiatives, this.context.getBean(InitiativePromises.class),
				this.context.getBean(Milestones.class), waiting, this.context.getBean(Promising.class),
				this.transactionManager, this.context.getBean(InitiativesProperties.class), Clock.systemUTC());
	}

	private long count(String sql, InitiativeId id) {
		return this.jdbc.sql(sql).param("id", id.value()).query(Long.class).single();
	}

}
