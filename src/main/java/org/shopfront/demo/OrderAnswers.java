package org.shopfront.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.shopfront.catalog.OrderableOffering;
import org.shopfront.people.Person;

/**
 * Made-up answers to an offering's order fields, chosen by what a field asks: who for,
 * the cost centre, a date, a place, a keyboard layout, data sets, a project, an
 * environment, or else a business reason.
 */
final class OrderAnswers {

	private static final List<String> LOCATIONS = List.of("Berlin HQ, 3rd floor", "Berlin HQ, reception",
			"Hamburg office", "Munich office", "Vienna branch", "Zurich office", "Home office (address in HR system)");

	private static final List<String> LAYOUTS = List.of("German (QWERTZ)", "German (QWERTZ)", "US International", "UK",
			"French (AZERTY)", "Nordic");

	private static final List<String> REASONS = List.of("Needed for the new customer project starting next month.",
			"Current setup is too slow for daily work.", "Replacing a tool we pay for separately today.",
			"Requested by the auditors.", "Agreed in my last one-to-one.", "Needed to meet the campaign deadline.",
			"Team is growing by two people this quarter.");

	private static final List<String> DATA_SETS = List.of("Sales pipeline; revenue by region", "Customer master data",
			"Web shop orders (last 24 months)", "Support tickets and satisfaction scores", "HR headcount (aggregated)",
			"Marketing campaign results");

	private static final List<String> PROJECTS = List.of("ERP migration", "Autumn campaign", "Customer portal",
			"Warehouse automation", "Partner onboarding", "Year-end close", "Store relaunch");

	private static final List<String> ENVIRONMENTS = List.of("Development", "Test", "Test", "Staging", "Production");

	private final Draws draws;

	private final List<Person> customers;

	OrderAnswers(Draws draws, List<Person> customers) {
		this.draws = draws;
		this.customers = List.copyOf(customers);
	}

	/** One answer per order field of the offering, in their order. */
	List<String> to(OrderableOffering offering, Person customer, Instant placed) {
		List<String> answers = new ArrayList<>();
		for (String label : offering.orderFields()) {
			answers.add(answer(label.toLowerCase(Locale.ROOT), customer, placed));
		}
		return answers;
	}

	private String answer(String label, Person customer, Instant placed) {
		LocalDate day = placed.atZone(BusinessHours.ZONE).toLocalDate();
		if (label.contains("who")) {
			return this.draws.nextDouble() < 0.6 ? customer.displayName()
					: this.customers.get(this.draws.nextInt(this.customers.size())).displayName();
		}
		if (label.contains("cost")) {
			String unit = (customer.unitName() != null) ? customer.unitName() : "Executive";
			return "CC-" + (4100 + Math.floorMod(unit.hashCode(), 800));
		}
		if (label.contains("end date")) {
			return day.plusDays(30 + this.draws.nextInt(60)).toString();
		}
		if (label.contains("date")) {
			return day.plusDays(5 + this.draws.nextInt(20)).toString();
		}
		if (label.contains("location") || label.contains("address")) {
			return this.draws.oneOf(LOCATIONS);
		}
		if (label.contains("layout")) {
			return this.draws.oneOf(LAYOUTS);
		}
		if (label.contains("data")) {
			return this.draws.oneOf(DATA_SETS);
		}
		if (label.contains("project")) {
			return this.draws.nextBoolean() ? this.draws.oneOf(PROJECTS)
					: ((customer.unitName() != null) ? customer.unitName() : "Management") + " team";
		}
		if (label.contains("environment")) {
			return this.draws.oneOf(ENVIRONMENTS);
		}
		return this.draws.oneOf(REASONS);
	}

}
