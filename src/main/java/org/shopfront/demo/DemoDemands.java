package org.shopfront.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.shopfront.catalog.Catalog;
import org.shopfront.catalog.ProviderId;
import org.shopfront.catalog.ProviderSummary;
import org.shopfront.demand.DemandImport;
import org.shopfront.demand.DemandImport.PastDemand;
import org.shopfront.demand.DemandImport.PastOption;
import org.shopfront.demand.ExpectedValue;
import org.shopfront.demand.OptionChosen;
import org.shopfront.demand.OptionKind;
import org.shopfront.people.Directory;
import org.shopfront.people.Person;
import org.shopfront.people.Unit;
import org.shopfront.people.UserId;
import org.shopfront.shared.Money;

/**
 * The demo's demands of the last two years: decided ones in several units (each chose an
 * option, which the initiatives step starts as a decision does: the four older ones'
 * initiatives have ended, the three of the last months' run), one IT has not taken yet,
 * one in review, one waiting for Finance, and one waiting for the {@code manager}'s
 * decision with three options, the outside provider's recommended by IT.
 */
final class DemoDemands implements DemoStep {

	private final DemandImport demands;

	private final Directory directory;

	private final Catalog catalog;

	private final Clock clock;

	private final List<OptionChosen> decided = new ArrayList<>();

	DemoDemands(DemandImport demands, Directory directory, Catalog catalog, Clock clock) {
		this.demands = demands;
		this.directory = directory;
		this.catalog = catalog;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "demand";
	}

	@Override
	public boolean due() {
		return this.demands.nothingYet();
	}

	/** What the decided demands chose, oldest first, for the initiatives they became. */
	List<OptionChosen> decided() {
		return List.copyOf(this.decided);
	}

	@Override
	public String seed() {
		Instant now = this.clock.instant();
		UserId owner = person("owner");
		UserId manager = person("manager");
		List<PastDemand> past = new ArrayList<>();
		past.add(decided("A customer portal for order status", "Sales", 700, 690, 670, owner, money("240000"),
				buy("Fabrikam CRM", "150000", "40000", "60", 90), build("320000", "15000", 400, 210)));
		past.add(decided("Automatic invoice reading", "Finance", 600, 585, 560, owner, money("120000"),
				buy("Litware Analytics", "60000", "24000", "30", 60), build("140000", "10000", 180, 150)));
		past.add(decided("Onboarding checklist in the HR system", "Human Resources", 480, 470, 455, owner,
				money("45000"), extend("Business Apps Team", "30000", "2000", 40, 75),
				buy("Tailspin Collaboration", "20000", "18000", "10", 45)));
		past.add(decided("Campaign analytics dashboard", "Marketing", 400, 390, 380, owner, money("90000"),
				build("70000", "8000", 90, 100), buy("Litware Analytics", "35000", "30000", "15", 40)));
		past.add(decided("Lab sample tracking", "Research & Development", 150, 140, 120, owner, money("150000"),
				build("210000", "20000", 260, 180), buy("Contoso Cloud", "90000", "45000", "45", 120)));
		past.add(decided("Single sign-on for the field sales app", "Sales", 70, 60, 50, owner, money("60000"),
				extend("Identity & Access Team", "25000", "3000", 30, 90), build("60000", "5000", 80, 90)));
		past.add(decided("Warehouse pick lists on tablets", "Operations", 45, 35, 25, owner, money("110000"),
				buy("Northwind Devices", "80000", "12000", "20", 70), build("150000", "9000", 160, 140)));
		past.add(waitingFor(manager, now, owner));
		past.add(stage("Forecasting the quarter's pipeline", "Finance", now.minus(Duration.ofDays(25)), owner,
				now.minus(Duration.ofDays(6)),
				List.of(build("90000", "6000", 100, 120), buy("Litware Analytics", "40000", "28000", "20", 60)), 1));
		past.add(stage("A shared calendar for trade fairs", "Marketing", now.minus(Duration.ofDays(9)), owner, null,
				List.of(), 0));
		past.add(stage("Contract renewals reminder", "Sales", now.minus(Duration.ofDays(2)), null, null, List.of(), 0));
		this.decided.addAll(this.demands.recordPast(past));
		return past.size() + " demands, " + this.decided.size() + " decided";
	}

	/** Three options for the manager, since yesterday: IT recommends the outside one. */
	private PastDemand waitingFor(UserId manager, Instant now, UserId owner) {
		Instant proposed = now.minus(Duration.ofDays(1));
		LocalDate today = today();
		List<PastOption> options = List.of(
				option(OptionKind.BUILD_INSIDE, "Build a quoting tool in-house", null, "180000", "20000", "220",
						today.plusDays(200), "Our team has not built pricing rules before; a long first release."),
				option(OptionKind.BUY_SERVICE, "Subscribe to Fabrikam CPQ", provider("Fabrikam CRM"), "45000", "36000",
						"40", today.plusDays(75), "Depends on the vendor's roadmap; data leaves the house."),
				option(OptionKind.DO_NOTHING, "Keep quoting in spreadsheets", null, "0", "0", "0", null,
						"Errors in quotes stay; the team stays slow at month end."));
		UserId submitter = person("customer");
		return new PastDemand("Quotes in minutes, not days",
				"Sales writes quotes by hand in spreadsheets; a quote "
						+ "takes two days and one in ten has a pricing error.",
				"A customer gets a correct quote within the hour.",
				new ExpectedValue(money("300000"), "Days to send a quote", "days", new BigDecimal("2"),
						new BigDecimal("0.1")),
				today.plusDays(120), "The new price list starts in the spring.", "The sales team (40 people)",
				submitter, manager, now.minus(Duration.ofDays(14)), owner, proposed, options, 1,
				"Fabrikam's service does this today for companies like us, at a quarter of the cost of building, "
						+ "and its track record here is good.",
				null, null);
	}

	private PastDemand decided(String title, String unit, int submittedDaysAgo, int proposedDaysAgo, int decidedDaysAgo,
			UserId owner, Money value, PastOption chosen, PastOption other) {
		Instant now = this.clock.instant();
		UserId head = head(unit);
		Instant proposed = now.minus(Duration.ofDays(proposedDaysAgo));
		return new PastDemand(title, "Done by hand today: " + title.toLowerCase() + ".", title + ", running.",
				new ExpectedValue(value, null, null, null, null), null, null, "The " + unit + " unit", head, head,
				now.minus(Duration.ofDays(submittedDaysAgo)), owner, proposed,
				List.of(asOf(chosen, proposed), asOf(other, proposed)), 0, "The better value for its cost and risk.", 0,
				now.minus(Duration.ofDays(decidedDaysAgo)));
	}

	private PastDemand stage(String title, String unit, Instant submitted, UserId owner, Instant proposed,
			List<PastOption> options, int recommended) {
		UserId head = head(unit);
		return new PastDemand(title, "Done by hand today: " + title.toLowerCase() + ".", title + ", running.",
				new ExpectedValue(money("50000"), null, null, null, null), null, null, "The " + unit + " unit", head,
				head, submitted, owner, proposed, options, recommended, "The better value for its cost and risk.", null,
				null);
	}

	private PastOption buy(String provider, String oneOff, String running, String effort, int days) {
		return option(OptionKind.BUY_SERVICE, "Buy from " + provider, provider(provider), oneOff, running, effort,
				day(days), "Depends on the vendor.");
	}

	private PastOption extend(String team, String oneOff, String running, int effort, int days) {
		return option(OptionKind.EXTEND_EXISTING, "Extend what " + team + " runs", provider(team), oneOff, running,
				String.valueOf(effort), day(days), "Touches a system others use.");
	}

	private PastOption build(String oneOff, String running, int effort, int days) {
		return option(OptionKind.BUILD_INSIDE, "Build it in-house", null, oneOff, running, String.valueOf(effort),
				day(days), "A first of its kind for the team.");
	}

	private PastOption option(OptionKind kind, String name, ProviderSummary provider, String oneOff, String running,
			String effort, LocalDate delivery, String risks) {
		ProviderId id = (provider == null) ? null : provider.id();
		String providerName = (provider == null) ? null : provider.name();
		return new PastOption(kind, name, null, id, providerName, money(oneOff), money(running), new BigDecimal(effort),
				delivery, risks);
	}

	/** The option as proposed back then: its delivery as far from then as from today. */
	private PastOption asOf(PastOption o, Instant proposed) {
		long days = ChronoUnit.DAYS.between(today(), o.deliveryDate());
		return new PastOption(o.kind(), o.name(), o.description(), o.provider(), o.providerName(), o.oneOffCost(),
				o.runningCostPerYear(), o.effortDays(), LocalDate.ofInstant(proposed, ZoneOffset.UTC).plusDays(days),
				o.risks());
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
	}

	/** A delivery date this many days from today (see {@link #asOf}). */
	private LocalDate day(int days) {
		return today().plusDays(days);
	}

	private ProviderSummary provider(String name) {
		return this.catalog.providers().stream().filter((p) -> p.name().equals(name)).findFirst().orElse(null);
	}

	private UserId head(String unit) {
		return this.directory.units()
			.stream()
			.filter((u) -> u.name().equals(unit))
			.map(Unit::headId)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No demo unit " + unit));
	}

	private UserId person(String username) {
		return this.directory.findByUsername(username).map(Person::id).orElseThrow();
	}

	private static Money money(String amount) {
		return Money.of(amount, "EUR");
	}

}
