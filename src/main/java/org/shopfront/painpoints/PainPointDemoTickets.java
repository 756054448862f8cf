package org.shopfront.painpoints;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.shopfront.tickets.Ticket;

/**
 * Made-up service desk tickets about a handful of everyday problems, for the demo and for
 * tests: each problem has its own words, callers from several units and places, its own
 * time to resolve, and some tickets come with a mail greeting and signature as real ones
 * do. Deterministic for a seed.
 */
final class PainPointDemoTickets {

	/** One everyday problem: how it is described, and how long it takes to fix. */
	record Problem(String[] titles, String[] bodies, int hoursToResolve, double reopenChance) {
	}

	static final List<Problem> PROBLEMS = List.of(
			new Problem(
					new String[] { "Cannot connect to VPN", "VPN disconnects every few minutes",
							"VPN client fails to connect from home" },
					new String[] { "The VPN client shows an authentication error when I connect from home.",
							"My VPN tunnel drops every few minutes and I lose my remote desktop session.",
							"The VPN connection times out; the client says the gateway is unreachable." },
					6, 0.10),
			new Problem(
					new String[] { "Password expired, account locked", "Locked out after password change",
							"Cannot reset my password" },
					new String[] { "My account is locked after the password expired and the reset link fails.",
							"I changed my password and now my account is locked out on every device.",
							"The self-service password reset does not send the code to my phone." },
					2, 0.05),
			new Problem(
					new String[] { "Printer jams on floor 3", "Printer prints blank pages",
							"Cannot print to the office printer" },
					new String[] { "The printer on floor 3 jams on every second page and shows a paper error.",
							"The office printer prints blank pages after the toner was replaced.",
							"Print jobs stay in the printer queue and never come out." },
					20, 0.25),
			new Problem(
					new String[] { "Outlook does not sync mailbox", "Mailbox full, cannot send email",
							"Shared mailbox missing in Outlook" },
					new String[] { "Outlook stopped syncing my mailbox this morning; new email does not arrive.",
							"My mailbox is full and Outlook refuses to send email until I archive.",
							"The shared mailbox of my team no longer shows in Outlook." },
					8, 0.15),
			new Problem(
					new String[] { "Laptop very slow after update", "Laptop battery drains fast",
							"Laptop screen flickers" },
					new String[] { "Since the last update my laptop takes ten minutes to start and the fan is loud.",
							"The laptop battery drains within an hour even when the laptop is idle.",
							"The laptop screen flickers when I connect the docking station." },
					30, 0.20));

	static final String[] UNITS = { "Sales", "Finance", "Operations", "Marketing", "HR" };

	static final String[] LOCATIONS = { "Berlin", "Lyon", "Madrid", "Leeds" };

	static final String[] CALLERS = { "Avery Quill", "Blake Ormond", "Casey Thorne", "Drew Halloway", "Emery Vance",
			"Finley Marsh" };

	private static final String GREETING = "Hi team,\n\n";

	private static final String SIGNATURE = "\n\nThanks and regards,\n%s\nSent from my phone";

	private PainPointDemoTickets() {
	}

	/**
	 * {@code count} tickets opened over the {@code weeks} weeks up to {@code end}; the
	 * first problem grows over time and the last one fades, so the trends differ.
	 */
	static List<Ticket> generate(String source, int count, int weeks, Instant end, long seed) {
		Random random = new Random(seed);
		List<Ticket> tickets = new ArrayList<>();
		long span = Duration.ofDays(7L * weeks).toSeconds();
		for (int i = 0; i < count; i++) {
			int p = random.nextInt(PROBLEMS.size());
			Problem problem = PROBLEMS.get(p);
			double position = random.nextDouble();
			if (p == 0) {
				position = Math.sqrt(position);
			}
			else if (p == PROBLEMS.size() - 1) {
				position = position * position;
			}
			Instant opened = end.minusSeconds(span).plusSeconds((long) (position * span));
			int variant = random.nextInt(problem.titles().length);
			String caller = CALLERS[random.nextInt(CALLERS.length)];
			String body = problem.bodies()[random.nextInt(problem.bodies().length)];
			if (random.nextInt(3) == 0) {
				body = GREETING + body + SIGNATURE.formatted(caller);
			}
			long minutes = Math.max(10, (long) (problem.hoursToResolve() * 60 * (0.5 + random.nextDouble())));
			Instant resolved = opened.plus(Duration.ofMinutes(minutes));
			tickets.add(new Ticket(source, "DEMO%06d".formatted(i + 1), problem.titles()[variant], body,
					"Problem " + (p + 1), opened, resolved.isBefore(end) ? resolved : null, caller, "Service desk",
					LOCATIONS[random.nextInt(LOCATIONS.length)], UNITS[(p + random.nextInt(2)) % UNITS.length],
					(random.nextDouble() < problem.reopenChance()) ? 1 : 0));
		}
		return tickets;
	}

}
