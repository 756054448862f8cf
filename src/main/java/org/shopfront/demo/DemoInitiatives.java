package org.shopfront.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

import org.shopfront.demand.DemandId;
import org.shopfront.demand.ExpectedValue;
import org.shopfront.demand.OptionChosen;
import org.shopfront.demand.OptionId;
import org.shopfront.demand.OptionKind;
import org.shopfront.demand.ProposalId;
import org.shopfront.initiatives.InitiativeFigure;
import org.shopfront.initiatives.InitiativeImport;
import org.shopfront.initiatives.PastInitiative;
import org.shopfront.initiatives.PromiseMeasure;
import org.shopfront.people.Directory;
import org.shopfront.people.Person;
import org.shopfront.people.Role;
import org.shopfront.people.Unit;
import org.shopfront.people.UserId;
import org.shopfront.shared.Money;

/**
 * Two years of initiatives, recorded through the initiatives module's import as the
 * leaders' decisions would have started them: the history (most delivered, some over
 * budget, some late, some re-planned after a call, a value now and then short, a few
 * stopped), each from a decision of its own; the initiatives of the demo's decided
 * demands ({@link DemoDemands#decided()}), started as their decision does so that each
 * demand shows its initiative (those decided in the last months still running, the older
 * ones ended); and one of {@code manager}'s running over its budget, so that the
 * portfolio, the evidence and a retailer call are there on the first start.
 */
final class DemoInitiatives implements DemoStep {

	static final int FINISHED = 40;

	private static final List<String> TITLES = List.of("Close the books in five days", "One view of the customer",
			"Self-service onboarding", "Supplier invoices without paper", "Field sales on tablets",
			"Forecast demand weekly", "Payroll in the cloud", "Contract search", "Warehouse scanning",
			"Board reporting in a day", "Retire the old CRM", "Customer portal refresh");

	private final InitiativeImport imports;

	private final DemoDemands demands;

	private final Directory directory;

	private final Clock clock;

	private final long seed;

	DemoInitiatives(InitiativeImport imports, DemoDemands demands, Directory directory, Clock clock, long seed) {
		this.imports = imports;
		this.demands = demands;
		this.directory = directory;
		this.clock = clock;
		this.seed = seed;
	}

	@Override
	public String name() {
		return "initiatives";
	}

	@Override
	public boolean due() {
		return this.imports.nothingRecordedYet();
	}

	@Override
	public String seed() {
		Random random = new Random(this.seed + 10);
		List<Unit> units = this.directory.units();
		List<Person> it = this.directory.withRole(Role.FULFILLER);
		Person manager = this.directory.findByUsername("manager").orElse(null);
		if (units.isEmpty() || it.isEmpty() || manager == null) {
			return "none (no company)";
		}
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		for (int n = 0; n < FINISHED; n++) {
			Unit unit = units.get(random.nextInt(units.size()));
			UserId sponsor = (unit.headId() != null) ? unit.headId() : manager.id();
			LocalDate start = today.minusDays(730 - (long) n * 390 / FINISHED);
			int days = 60 + random.nextInt(180);
			OptionChosen chosen = decided(random, unit, sponsor, it.get(random.nextInt(it.size())).id(), start, days,
					n);
			this.imports.recordPast(finished(random, chosen, today, n));
		}
		int running = 0;
		List<OptionChosen> decided = this.demands.decided();
		for (OptionChosen chosen : decided) {
			if (chosen.due().isAfter(today)) {
				this.imports.recordDecided(running(random, chosen));
				running++;
			}
			else {
				// Past the 13th, so that none of the demands' initiatives was stopped.
				this.imports.recordDecided(finished(random, chosen, today, FINISHED + 1));
			}
		}
		this.imports.recordPast(atRisk(manager, it.get(0).id(), today));
		return FINISHED + " finished, " + decided.size() + " from decided demands (" + running
				+ " running) and one of manager's at risk";
	}

	/**
	 * One started by its decision some weeks ago: a first sprint paid, the design agreed.
	 */
	private static PastInitiative running(Random random, OptionChosen chosen) {
		LocalDate start = LocalDate.ofInstant(chosen.decidedAt(), ZoneOffset.UTC);
		return PastInitiative.decided(chosen)
			.spent(percent(chosen.budget().amount(), 10 + random.nextInt(10)), start.plusDays(20), "First sprint")
			.milestone("Design agreed", start.plusDays(25), start.plusDays(24));
	}

	/** One that ended: delivered (its value confirmed once it showed) or stopped. */
	private static PastInitiative finished(Random random, OptionChosen chosen, LocalDate today, int n) {
		LocalDate start = LocalDate.ofInstant(chosen.decidedAt(), ZoneOffset.UTC);
		int days = (int) ChronoUnit.DAYS.between(start, chosen.due());
		UserId sponsor = chosen.sponsor();
		BigDecimal budget = chosen.budget().amount();
		PastInitiative past = PastInitiative.decided(chosen);
		if (n % 13 == 5) {
			return past.spent(percent(budget, 20 + random.nextInt(20)), start.plusDays(days / 4), "Build so far")
				.stopped(at(start.plusDays(days / 3)), "The business changed course; what was built is kept.");
		}
		boolean replanned = random.nextInt(5) == 0;
		int late = (random.nextInt(10) < 3) ? 5 + random.nextInt(35) : -random.nextInt(10);
		int over = (random.nextInt(10) < 3) ? 10 + random.nextInt(50) : -random.nextInt(15);
		LocalDate due = chosen.due();
		if (replanned) {
			LocalDate newDue = due.plusDays(days * (late + 10L) / 100 + 1);
			past.replanned(PromiseMeasure.DATE, InitiativeFigure.day(newDue), at(start.plusDays(days / 2)), sponsor,
					"More time: the integration took longer than planned.", at(start.plusDays(days / 2 - 7)));
		}
		LocalDate delivered = due.plusDays(days * (long) late / 100);
		BigDecimal spent = percent(budget, 100 + over);
		past.spent(percent(spent, 40), start.plusDays(days / 3), "Build")
			.spent(spent.subtract(percent(spent, 40)), delivered.minusDays(5), "Build and roll-out")
			.milestone("Design agreed", start.plusDays(days / 5), start.plusDays(days / 5 + Math.max(0, late / 3)))
			.delivered(delivered);
		LocalDate confirmed = delivered.plusDays(90);
		if (confirmed.isAfter(today)) {
			return past;
		}
		int share = (random.nextInt(10) < 6) ? 100 + random.nextInt(30) : 30 + random.nextInt(60);
		if (random.nextInt(12) == 0) {
			return past.valueNotRealised(at(confirmed), "The old process stayed in use.");
		}
		BigDecimal perYear = percent(chosen.value().perYear().amount(), share);
		return past.valueConfirmed(at(confirmed), perYear, null, "Measured over the last quarter.");
	}

	/**
	 * Manager's initiative, four months in: most of its budget spent and a milestone
	 * late, so the watch calls manager on the first start.
	 */
	private PastInitiative atRisk(Person manager, UserId itOwner, LocalDate today) {
		LocalDate start = today.minusDays(120);
		OptionChosen chosen = new OptionChosen(
				DemandId.random(), ProposalId.random(), 1, OptionId.random(), "Order approvals on the phone",
				"Build inside", OptionKind.BUILD_INSIDE, null, null, manager.unitId(), manager.id(), itOwner,
				eur(new BigDecimal("200000")), eur(new BigDecimal("12000")), eur(new BigDecimal("240000")),
				new BigDecimal("400"), today.plusDays(90), new ExpectedValue(eur(new BigDecimal("180000")),
						"days to approve an order", "days", new BigDecimal("4"), new BigDecimal("1")),
				"build", at(start));
		return PastInitiative.decided(chosen)
			.spent(new BigDecimal("120000"), start.plusDays(40), "Design and first build")
			.spent(new BigDecimal("95000"), today.minusDays(10), "Build")
			.milestone("Design agreed", start.plusDays(30), start.plusDays(38))
			.milestone("Pilot with one unit", today.minusDays(20), null);
	}

	private static OptionChosen decided(Random random, Unit unit, UserId sponsor, UserId itOwner, LocalDate start,
			int days, int n) {
		BigDecimal estimate = BigDecimal.valueOf(40_000L + random.nextInt(36) * 10_000L);
		BigDecimal budget = percent(estimate, 115);
		OptionKind kind = (n % 3 == 0) ? OptionKind.BUY_SERVICE : OptionKind.BUILD_INSIDE;
		ExpectedValue value = ExpectedValue.money(eur(percent(estimate, 60 + random.nextInt(80))));
		return new OptionChosen(new DemandId(new UUID(random.nextLong(), random.nextLong())), ProposalId.random(), 1,
				OptionId.random(), TITLES.get(n % TITLES.size()), (kind == OptionKind.BUY_SERVICE) ? "Buy" : "Build",
				kind, null, null, unit.id(), sponsor, itOwner, eur(estimate), eur(percent(estimate, 10)), eur(budget),
				BigDecimal.valueOf(days * 3L), start.plusDays(days), value, kind.name().toLowerCase(Locale.ROOT),
				at(start));
	}

	private static BigDecimal percent(BigDecimal amount, int percent) {
		return amount.multiply(BigDecimal.valueOf(percent)).divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_EVEN);
	}

	private static Money eur(BigDecimal amount) {
		return Money.of(amount, Currency.getInstance("EUR"));
	}

	private static Instant at(LocalDate day) {
		return day.atTime(10, 0).toInstant(ZoneOffset.UTC);
	}

}
