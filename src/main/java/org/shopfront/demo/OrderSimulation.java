package org.shopfront.demo;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.shopfront.catalog.OrderableOffering;
import org.shopfront.ordering.OrderImport.HistoricOrder;
import org.shopfront.ordering.OrderImport.Step;
import org.shopfront.ordering.OrderStep.Kind;
import org.shopfront.people.Person;
import org.shopfront.people.UserId;

/**
 * Makes up a plausible order history: more orders on weekdays, after the holidays and in
 * September, a slowly growing store and a slowly faster IT. Each order's lead time is
 * log-normal around its offering's delivery days (in business days), with a heavy tail of
 * late deliveries. Orders still under way now stand where their timeline has got to.
 */
final class OrderSimulation {

	private static final double HOURS_PER_DAY = 10;

	private static final int SHOWCASE_ATTEMPTS = 20;

	private static final double ORDERS_PER_WEEKDAY = 8.0;

	/** January to December: new starters in January and September, quiet summer. */
	private static final double[] SEASON = { 1.15, 1.0, 1.05, 1.0, 0.95, 0.95, 0.85, 0.7, 1.2, 1.05, 1.05, 0.8 };

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

	private final Draws draws;

	private final Instant now;

	private final Map<UserId, Person> people;

	private final List<Person> customers;

	private final double[] customerWeights;

	private final List<Person> fulfillers;

	private final List<OrderableOffering> offerings;

	private final double[] offeringWeights;

	private final BiPredicate<OrderableOffering, Integer> needsApproval;

	private final OrderAnswers answers;

	OrderSimulation(Draws draws, Instant now, List<Person> customers, List<Person> fulfillers,
			List<OrderableOffering> offerings, BiPredicate<OrderableOffering, Integer> needsApproval) {
		this.draws = draws;
		this.now = now;
		this.people = customers.stream().collect(Collectors.toMap(Person::id, Function.identity()));
		this.customers = List.copyOf(customers);
		this.fulfillers = List.copyOf(fulfillers);
		this.offerings = List.copyOf(offerings);
		this.needsApproval = needsApproval;
		this.answers = new OrderAnswers(draws, customers);
		// Some people order a lot, most a little; cheap everyday items sell most.
		this.customerWeights = Draws.cumulative(this.customers.size(), (i) -> draws.logNormal(1, 0.8));
		this.offeringWeights = Draws.cumulative(this.offerings.size(), (i) -> {
			OrderableOffering o = this.offerings.get(i);
			double firstYear = o.oneOffPrice().doubleValue() + 12 * o.monthlyPrice().doubleValue();
			// What is out of stock today sold less in the past, too.
			double stock = o.physical() ? (o.inStock(1) ? 1.6 : 0.6) : 1.0;
			return draws.logNormal(1, 0.5) * stock / (1 + firstYear / 1000);
		});
	}

	/** Every order placed in the given number of days up to now. */
	List<HistoricOrder> run(int days) {
		List<HistoricOrder> orders = new ArrayList<>();
		LocalDate today = this.now.atZone(BusinessHours.ZONE).toLocalDate();
		LocalDate first = today.minusDays(days);
		for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
			double progress = (double) ChronoUnit.DAYS.between(first, day) / days;
			int count = this.draws.poisson(rate(day, progress));
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
	 * An order for one customer that stands at a chosen step, so that the demo journeys
	 * (approve, deliver, confirm) have something to work on. A simulated order may not
	 * have got that far yet, so a few are tried.
	 */
	Optional<HistoricOrder> showcase(Person customer, Predicate<OrderableOffering> fits, Duration ago, Kind stopAfter) {
		List<OrderableOffering> candidates = this.offerings.stream().filter((o) -> o.inStock(1)).filter(fits).toList();
		if (candidates.isEmpty()) {
			return Optional.empty();
		}
		Instant placed = this.now.minus(ago).truncatedTo(ChronoUnit.SECONDS);
		HistoricOrder order = null;
		for (int attempt = 0; attempt < SHOWCASE_ATTEMPTS && !standsAt(order, stopAfter); attempt++) {
			OrderableOffering offering = candidates.get(this.draws.nextInt(candidates.size()));
			order = simulate(placed, 1.0, customer, offering, stopAfter);
		}
		return Optional.of(order);
	}

	private static boolean standsAt(HistoricOrder order, Kind step) {
		return order != null && order.timeline().get(order.timeline().size() - 1).kind() == step;
	}

	boolean needsApproval(OrderableOffering offering, int quantity) {
		return this.needsApproval.test(offering, quantity);
	}

	private HistoricOrder simulate(Instant placed, double progress, Person forCustomer, OrderableOffering forOffering,
			Kind stopAfter) {
		boolean showcase = stopAfter != null;
		OrderableOffering offering = (forOffering != null) ? forOffering
				: this.offerings.get(this.draws.pick(this.offeringWeights));
		int quantity = showcase ? 1 : quantity(offering);
		boolean approval = needsApproval(offering, quantity);
		Person customer = (forCustomer != null) ? forCustomer : customer(approval);
		Person manager = (customer.managerId() != null) ? this.people.get(customer.managerId()) : null;
		approval = approval && manager != null;
		List<String> answers = this.answers.to(offering, customer, placed);
		List<Step> steps = new ArrayList<>();
		steps.add(new Step(Kind.PLACED, customer, null, placed));
		boolean cancels = !showcase && this.draws.nextDouble() < 0.03;
		Instant ready = placed;
		if (approval) {
			steps.add(new Step(Kind.SENT_FOR_APPROVAL, manager, null, placed));
			Instant decided = BusinessHours.add(placed, this.draws.logNormal(10, 1.2));
			if (cancels && this.draws.nextBoolean()) {
				steps.add(new Step(Kind.CANCELLED, customer, null, between(placed, decided)));
				return asOfNow(customer, offering, quantity, answers, steps, null);
			}
			if (!showcase && this.draws.nextDouble() < 0.17) {
				boolean device = offering.physical() && this.draws.nextBoolean();
				String reason = this.draws.oneOf(device ? DEVICE_REJECTIONS : REJECTIONS);
				steps.add(new Step(Kind.REJECTED, manager, reason, decided));
				return asOfNow(customer, offering, quantity, answers, steps, null);
			}
			steps.add(new Step(Kind.APPROVED, manager, null, decided));
			ready = decided;
		}
		// IT picks orders up faster as the store matures.
		double speed = 1.15 - 0.25 * progress;
		Instant taken = BusinessHours.add(ready, this.draws.logNormal(4, 1.3) * speed);
		if (cancels) {
			steps.add(new Step(Kind.CANCELLED, customer, null, between(ready, taken)));
			return asOfNow(customer, offering, quantity, answers, steps, null);
		}
		Person fulfiller = fulfiller(offering);
		steps.add(new Step(Kind.TAKEN, fulfiller, null, taken));
		double leadDays = offering.deliveryDays() * speed * this.draws.logNormal(1.05, 0.35);
		boolean late = !showcase && this.draws.nextDouble() < 0.08;
		if (late) {
			leadDays *= 1.5 + 1.5 * this.draws.nextDouble();
		}
		Instant delivered = BusinessHours.add(ready, leadDays * HOURS_PER_DAY);
		if (!delivered.isAfter(taken)) {
			delivered = BusinessHours.add(taken, 0.5 + 2 * this.draws.nextDouble());
		}
		if (late || this.draws.nextDouble() < 0.25) {
			String note = this.draws.oneOf(late ? LATE_NOTES : (offering.physical() ? PHYSICAL_NOTES : SERVICE_NOTES));
			steps.add(new Step(Kind.NOTE, fulfiller, note, between(taken, delivered)));
		}
		steps.add(new Step(Kind.DELIVERED, fulfiller, null, delivered));
		// A few customers never get round to confirming.
		if (this.draws.nextDouble() >= 0.02) {
			steps.add(new Step(Kind.CONFIRMED, customer, null,
					BusinessHours.add(delivered, this.draws.logNormal(5, 1.2))));
		}
		return asOfNow(customer, offering, quantity, answers, steps, stopAfter);
	}

	/**
	 * The order with the steps that have happened by now, up to {@code stopAfter} if
	 * given.
	 */
	private HistoricOrder asOfNow(Person customer, OrderableOffering offering, int quantity, List<String> answers,
			List<Step> planned, Kind stopAfter) {
		List<Step> happened = new ArrayList<>();
		for (Step step : planned) {
			if (step.at().isAfter(this.now)) {
				break;
			}
			happened.add(step);
			if (step.kind() == stopAfter) {
				break;
			}
		}
		return new HistoricOrder(customer, offering, quantity, answers, happened);
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
		double hour = 7 + 5 * (this.draws.nextDouble() + this.draws.nextDouble());
		return day.atStartOfDay(BusinessHours.ZONE).plusSeconds((long) (hour * 3600)).toInstant();
	}

	private int quantity(OrderableOffering offering) {
		boolean free = offering.oneOffPrice().signum() == 0 && offering.monthlyPrice().signum() == 0;
		if (free || this.draws.nextDouble() < 0.88) {
			return 1;
		}
		boolean cheapGood = offering.physical() && offering.oneOffPrice().doubleValue() < 250;
		return cheapGood || !offering.physical() ? 2 + this.draws.nextInt(4) : 2;
	}

	private Person customer(boolean needsApprover) {
		Person customer = this.customers.get(this.draws.pick(this.customerWeights));
		// Nobody approves for the top of the company; they order what needs no approval.
		while (needsApprover && customer.managerId() == null) {
			customer = this.customers.get(this.draws.pick(this.customerWeights));
		}
		return customer;
	}

	/**
	 * Fulfillers specialise a little: each provider's orders mostly go to the same few.
	 */
	private Person fulfiller(OrderableOffering offering) {
		int home = Math.floorMod(offering.providerName().hashCode(), this.fulfillers.size());
		int spread = this.draws.nextDouble() < 0.8 ? this.draws.nextInt(2) : this.draws.nextInt(this.fulfillers.size());
		return this.fulfillers.get((home + spread) % this.fulfillers.size());
	}

	/** Somewhere in the working hours between two instants. */
	private Instant between(Instant from, Instant to) {
		double hours = BusinessHours.between(from, to) * (0.2 + 0.7 * this.draws.nextDouble());
		Instant at = BusinessHours.add(from, Math.max(hours, 0.02));
		return at.isBefore(to) ? at : from.plusSeconds(60);
	}

}
