package org.shopfront.ordering;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.IntToDoubleFunction;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.shopfront.catalog.OrderableOffering;
import org.shopfront.people.Person;
import org.shopfront.people.UserId;

/**
 * Makes up a plausible order history, seeded so it is the same on every run: more orders
 * on weekdays, after the holidays and in September, a slowly growing store and a slowly
 * faster IT. Each order's lead time is log-normal around its offering's delivery days (in
 * business days), with a heavy tail of late deliveries. Orders still under way at
 * {@code now} stand where their timeline has got to.
 */
final class OrderHistorySimulation {

	/** An order as it stands now, with its answers and its timeline. */
	record Simulated(UUID id, Person customer, OrderableOffering offering, int quantity, OrderStatus status,
			Person fulfiller, Instant placedAt, Instant deliveredAt, Instant closedAt, List<Order.Detail> details,
			List<Step> steps) {
	}

	/** One timeline line. */
	record Step(UUID id, OrderStep.Kind kind, Person actor, String note, Instant at) {
	}

	private static final ZoneOffset ZONE = ZoneOffset.UTC;

	private static final LocalTime OPENS = LocalTime.of(7, 0);

	private static final LocalTime CLOSES = LocalTime.of(17, 0);

	private static final double HOURS_PER_DAY = 10;

	private static final double ORDERS_PER_WEEKDAY = 8.0;

	/** January to December: new starters in January and September, quiet summer. */
	private static final double[] SEASON = { 1.15, 1.0, 1.05, 1.0, 0.95, 0.95, 0.85, 0.7, 1.2, 1.05, 1.05, 0.8 };

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

	private static final List<String> PHYSICAL_NOTES = List.of("Ordered from the supplier, expected within a week.",
			"Device imaged and enrolled; waiting for the courier.", "Out for delivery today.",
			"Ready for pick-up at the IT bar from tomorrow.");

	private static final List<String> SERVICE_NOTES = List.of("Licence requested from the vendor.",
			"Approved by the data owner; provisioning runs tonight.", "Configured; final checks running.",
			"Scheduled for this week's change window.", "Waiting for the vendor to activate the subscription.");

	private static final List<String> LATE_NOTES = List.of(
			"Supplier backorder: new delivery date next week. Sorry for the delay.",
			"Vendor delay, escalated to our account manager.",
			"Blocked by a dependency on another team; chasing it daily.",
			"Part of a larger batch that is held up at customs.");

	private static final List<String> DEVICE_REJECTIONS = List.of("Please reuse a device from the spare pool first.",
			"Your current device is only a year old; let's talk about what is missing.");

	private static final List<String> REJECTIONS = List.of("Budget freeze until next quarter, let's revisit then.",
			"The standard option covers this; please order that instead.",
			"We already have licences for this in the team.", "Not needed for this role, let's talk in our 1:1.");

	private final Random random;

	private final Instant now;

	private final Map<UserId, Person> people;

	private final List<Person> customers;

	private final double[] customerWeights;

	private final List<Person> fulfillers;

	private final List<OrderableOffering> offerings;

	private final double[] offeringWeights;

	private final BigDecimal threshold;

	OrderHistorySimulation(Random random, Instant now, List<Person> customers, List<Person> fulfillers,
			List<OrderableOffering> offerings, BigDecimal threshold) {
		this.random = random;
		this.now = now;
		this.people = customers.stream().collect(Collectors.toMap(Person::id, Function.identity()));
		this.customers = List.copyOf(customers);
		this.fulfillers = List.copyOf(fulfillers);
		this.offerings = List.copyOf(offerings);
		this.threshold = threshold;
		// Some people order a lot, most a little; cheap everyday items sell most.
		this.customerWeights = cumulative(this.customers.size(), i -> logNormal(1, 0.8));
		this.offeringWeights = cumulative(this.offerings.size(), i -> {
			OrderableOffering o = this.offerings.get(i);
			double firstYear = Order.firstYearValue(o.oneOffPrice(), o.monthlyPrice(), 1).doubleValue();
			// What is out of stock today sold less in the past, too.
			double stock = o.physical() ? (o.inStock(1) ? 1.6 : 0.6) : 1.0;
			return logNormal(1, 0.5) * stock / (1 + firstYear / 1000);
		});
	}

	/** Every order placed in the given number of days up to now. */
	List<Simulated> run(int days) {
		List<Simulated> orders = new ArrayList<>();
		LocalDate today = this.now.atZone(ZONE).toLocalDate();
		LocalDate first = today.minusDays(days);
		for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
			double progress = (double) ChronoUnit.DAYS.between(first, day) / days;
			int count = poisson(rate(day, progress));
			for (int i = 0; i < count; i++) {
				Instant placed = placedOn(day);
				if (!placed.isAfter(this.now)) {
					orders.add(simulate(placed, progress, null, null, null));
				}
			}
		}
		return orders;
	}

	/**
	 * An order for one demo customer that stands at a chosen step, so that the demo
	 * journeys (approve, deliver, confirm) have something to work on.
	 */
	Optional<Simulated> showcase(Person customer, Predicate<OrderableOffering> fits, Duration ago,
			OrderStep.Kind stopAfter) {
		List<OrderableOffering> candidates = this.offerings.stream().filter(o -> o.inStock(1)).filter(fits).toList();
		if (candidates.isEmpty()) {
			return Optional.empty();
		}
		OrderableOffering offering = candidates.get(this.random.nextInt(candidates.size()));
		Instant placed = this.now.minus(ago).truncatedTo(ChronoUnit.SECONDS);
		return Optional.of(simulate(placed, 1.0, customer, offering, stopAfter));
	}

	boolean needsApproval(OrderableOffering offering, int quantity) {
		return Order.firstYearValue(offering.oneOffPrice(), offering.monthlyPrice(), quantity)
			.compareTo(this.threshold) > 0;
	}

	private Simulated simulate(Instant placed, double progress, Person forCustomer, OrderableOffering forOffering,
			OrderStep.Kind stopAfter) {
		boolean showcase = stopAfter != null;
		OrderableOffering offering = (forOffering != null) ? forOffering
				: this.offerings.get(pick(this.offeringWeights));
		int quantity = showcase ? 1 : quantity(offering);
		boolean approval = needsApproval(offering, quantity);
		Person customer = (forCustomer != null) ? forCustomer : customer(approval);
		Person manager = (customer.managerId() != null) ? this.people.get(customer.managerId()) : null;
		approval = approval && manager != null;
		List<Step> steps = new ArrayList<>();
		steps.add(step(OrderStep.Kind.PLACED, customer, null, placed));
		boolean cancels = !showcase && this.random.nextDouble() < 0.03;
		Instant ready = placed;
		if (approval) {
			steps.add(step(OrderStep.Kind.SENT_FOR_APPROVAL, manager, null, placed));
			Instant decided = addBusinessHours(placed, logNormal(10, 1.2));
			if (cancels && this.random.nextBoolean()) {
				steps.add(step(OrderStep.Kind.CANCELLED, customer, null, between(placed, decided)));
				return finish(customer, offering, quantity, placed, answers(offering, customer, placed), steps, null);
			}
			if (!showcase && this.random.nextDouble() < 0.17) {
				String reason = oneOf(
						(offering.physical() && this.random.nextBoolean()) ? DEVICE_REJECTIONS : REJECTIONS);
				steps.add(step(OrderStep.Kind.REJECTED, manager, reason, decided));
				return finish(customer, offering, quantity, placed, answers(offering, customer, placed), steps, null);
			}
			steps.add(step(OrderStep.Kind.APPROVED, manager, null, decided));
			ready = decided;
		}
		// IT picks orders up faster as the store matures.
		double speed = 1.15 - 0.25 * progress;
		Instant taken = addBusinessHours(ready, logNormal(4, 1.3) * speed);
		if (cancels) {
			steps.add(step(OrderStep.Kind.CANCELLED, customer, null, between(ready, taken)));
			return finish(customer, offering, quantity, placed, answers(offering, customer, placed), steps, null);
		}
		Person fulfiller = fulfiller(offering);
		steps.add(step(OrderStep.Kind.TAKEN, fulfiller, null, taken));
		double leadDays = offering.deliveryDays() * speed * logNormal(1.05, 0.35);
		boolean late = !showcase && this.random.nextDouble() < 0.08;
		if (late) {
			leadDays *= 1.5 + 1.5 * this.random.nextDouble();
		}
		Instant delivered = addBusinessHours(ready, leadDays * HOURS_PER_DAY);
		if (!delivered.isAfter(taken)) {
			delivered = addBusinessHours(taken, 0.5 + 2 * this.random.nextDouble());
		}
		if (late || this.random.nextDouble() < 0.25) {
			String note = late ? oneOf(LATE_NOTES) : oneOf(offering.physical() ? PHYSICAL_NOTES : SERVICE_NOTES);
			steps.add(step(OrderStep.Kind.NOTE, fulfiller, note, between(taken, delivered)));
		}
		steps.add(step(OrderStep.Kind.DELIVERED, fulfiller, null, delivered));
		// A few customers never get round to confirming.
		if (this.random.nextDouble() >= 0.02) {
			steps.add(step(OrderStep.Kind.CONFIRMED, customer, null, addBusinessHours(delivered, logNormal(5, 1.2))));
		}
		return finish(customer, offering, quantity, placed, answers(offering, customer, placed), steps, stopAfter);
	}

	/**
	 * Keeps the steps that have happened by now, and works out where the order stands.
	 */
	private Simulated finish(Person customer, OrderableOffering offering, int quantity, Instant placed,
			List<Order.Detail> details, List<Step> planned, OrderStep.Kind stopAfter) {
		List<Step> steps = new ArrayList<>();
		OrderStatus status = OrderStatus.OPEN;
		Person fulfiller = null;
		Instant deliveredAt = null;
		Instant closedAt = null;
		for (Step step : planned) {
			if (step.at().isAfter(this.now)) {
				break;
			}
			steps.add(step);
			switch (step.kind()) {
				case SENT_FOR_APPROVAL -> status = OrderStatus.AWAITING_APPROVAL;
				case APPROVED -> status = OrderStatus.OPEN;
				case TAKEN -> {
					status = OrderStatus.IN_PROGRESS;
					fulfiller = step.actor();
				}
				case DELIVERED -> {
					status = OrderStatus.DELIVERED;
					deliveredAt = step.at();
				}
				case CONFIRMED, REJECTED, CANCELLED -> {
					status = OrderStatus.valueOf(step.kind().name());
					closedAt = step.at();
				}
				default -> {
				}
			}
			if (step.kind() == stopAfter) {
				break;
			}
		}
		return new Simulated(uuid(), customer, offering, quantity, status, fulfiller, placed, deliveredAt, closedAt,
				details, steps);
	}

	private double rate(LocalDate day, double progress) {
		DayOfWeek weekday = day.getDayOfWeek();
		double weekend = (weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY) ? 0.04 : 1.0;
		boolean holidays = (day.getMonthValue() == 12 && day.getDayOfMonth() >= 23)
				|| (day.getMonthValue() == 1 && day.getDayOfMonth() == 1);
		double growth = 0.85 + 0.3 * progress;
		return ORDERS_PER_WEEKDAY * weekend * (holidays ? 0.15 : 1.0) * growth * SEASON[day.getMonthValue() - 1];
	}

	/** Office hours, busiest around midday. */
	private Instant placedOn(LocalDate day) {
		double hour = 7 + 5 * (this.random.nextDouble() + this.random.nextDouble());
		long seconds = (long) (hour * 3600);
		return day.atStartOfDay(ZONE).plusSeconds(seconds).toInstant();
	}

	private int quantity(OrderableOffering offering) {
		boolean free = offering.oneOffPrice().signum() == 0 && offering.monthlyPrice().signum() == 0;
		if (free || this.random.nextDouble() < 0.88) {
			return 1;
		}
		boolean cheapGood = offering.physical() && offering.oneOffPrice().doubleValue() < 250;
		return cheapGood || !offering.physical() ? 2 + this.random.nextInt(4) : 2;
	}

	private Person customer(boolean needsApprover) {
		Person customer = this.customers.get(pick(this.customerWeights));
		// Nobody approves for the top of the company; they order what needs no approval.
		while (needsApprover && customer.managerId() == null) {
			customer = this.customers.get(pick(this.customerWeights));
		}
		return customer;
	}

	/**
	 * Fulfillers specialise a little: each provider's orders mostly go to the same few.
	 */
	private Person fulfiller(OrderableOffering offering) {
		int home = Math.floorMod(offering.providerId().value().hashCode(), this.fulfillers.size());
		int spread = this.random.nextDouble() < 0.8 ? this.random.nextInt(2)
				: this.random.nextInt(this.fulfillers.size());
		return this.fulfillers.get((home + spread) % this.fulfillers.size());
	}

	private List<Order.Detail> answers(OrderableOffering offering, Person customer, Instant placed) {
		List<Order.Detail> details = new ArrayList<>();
		for (String label : offering.orderFields()) {
			details.add(new Order.Detail(label, answer(label.toLowerCase(), customer, placed)));
		}
		return details;
	}

	private String answer(String label, Person customer, Instant placed) {
		LocalDate day = placed.atZone(ZONE).toLocalDate();
		if (label.contains("who")) {
			return this.random.nextDouble() < 0.6 ? customer.displayName()
					: this.customers.get(this.random.nextInt(this.customers.size())).displayName();
		}
		if (label.contains("cost")) {
			String unit = (customer.unitName() != null) ? customer.unitName() : "Executive";
			return "CC-" + (4100 + Math.floorMod(unit.hashCode(), 800));
		}
		if (label.contains("end date")) {
			return day.plusDays(30 + this.random.nextInt(60)).toString();
		}
		if (label.contains("date")) {
			return day.plusDays(5 + this.random.nextInt(20)).toString();
		}
		if (label.contains("location") || label.contains("address")) {
			return oneOf(LOCATIONS);
		}
		if (label.contains("layout")) {
			return oneOf(LAYOUTS);
		}
		if (label.contains("data")) {
			return oneOf(DATA_SETS);
		}
		if (label.contains("project")) {
			return this.random.nextBoolean() ? oneOf(PROJECTS)
					: ((customer.unitName() != null) ? customer.unitName() : "Management") + " team";
		}
		if (label.contains("environment")) {
			return oneOf(ENVIRONMENTS);
		}
		return oneOf(REASONS);
	}

	private Step step(OrderStep.Kind kind, Person actor, String note, Instant at) {
		return new Step(uuid(), kind, actor, note, at);
	}

	/** Somewhere in the working hours between two instants. */
	private Instant between(Instant from, Instant to) {
		double hours = businessHoursBetween(from, to) * (0.2 + 0.7 * this.random.nextDouble());
		Instant at = addBusinessHours(from, Math.max(hours, 0.02));
		return at.isBefore(to) ? at : from.plusSeconds(60);
	}

	static double businessHoursBetween(Instant from, Instant to) {
		ZonedDateTime t = intoBusinessHours(from.atZone(ZONE));
		ZonedDateTime end = to.atZone(ZONE);
		long seconds = 0;
		while (t.isBefore(end)) {
			ZonedDateTime closes = t.with(CLOSES);
			seconds += Duration.between(t, closes.isBefore(end) ? closes : end).getSeconds();
			t = intoBusinessHours(t.plusDays(1).with(OPENS));
		}
		return seconds / 3600.0;
	}

	/** Adds working hours (Monday to Friday, 07:00 to 17:00 UTC) to an instant. */
	static Instant addBusinessHours(Instant from, double hours) {
		ZonedDateTime t = intoBusinessHours(from.atZone(ZONE));
		long remaining = (long) (hours * 3600);
		while (true) {
			long left = Duration.between(t, t.with(CLOSES)).getSeconds();
			if (remaining <= left) {
				return t.plusSeconds(remaining).toInstant();
			}
			remaining -= left;
			t = intoBusinessHours(t.plusDays(1).with(OPENS));
		}
	}

	private static ZonedDateTime intoBusinessHours(ZonedDateTime t) {
		if (!t.toLocalTime().isBefore(CLOSES)) {
			t = t.plusDays(1).with(OPENS);
		}
		else if (t.toLocalTime().isBefore(OPENS)) {
			t = t.with(OPENS);
		}
		while (t.getDayOfWeek() == DayOfWeek.SATURDAY || t.getDayOfWeek() == DayOfWeek.SUNDAY) {
			t = t.plusDays(1).with(OPENS);
		}
		return t;
	}

	private double logNormal(double median, double sigma) {
		return median * Math.exp(sigma * this.random.nextGaussian());
	}

	private int poisson(double lambda) {
		double limit = Math.exp(-lambda);
		double product = this.random.nextDouble();
		int k = 0;
		while (product > limit) {
			product *= this.random.nextDouble();
			k++;
		}
		return k;
	}

	private String oneOf(List<String> options) {
		return options.get(this.random.nextInt(options.size()));
	}

	private int pick(double[] cumulative) {
		double r = this.random.nextDouble() * cumulative[cumulative.length - 1];
		int i = Arrays.binarySearch(cumulative, r);
		return Math.min(i >= 0 ? i : -i - 1, cumulative.length - 1);
	}

	private static double[] cumulative(int size, IntToDoubleFunction weight) {
		double[] sums = new double[size];
		double sum = 0;
		for (int i = 0; i < size; i++) {
			sum += weight.applyAsDouble(i);
			sums[i] = sum;
		}
		return sums;
	}

	/** A version 4 UUID drawn from the seeded source, so ids repeat from run to run. */
	private UUID uuid() {
		long msb = (this.random.nextLong() & ~0xF000L) | 0x4000L;
		long lsb = (this.random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(msb, lsb);
	}

}
