package org.shopfront.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.shopfront.tickets.Ticket;

/**
 * Made-up service desk tickets about a handful of everyday problems, for the demo's
 * pain-point board: each problem has its own words, callers from several units and
 * places, its own time to resolve, and some tickets come with a mail greeting and
 * signature as real ones do. Deterministic for a seed.
 */
final class ServiceDeskTickets {

	/** One everyday problem: how it is described, and how long it takes to fix. */
	record Problem(String[] titles, String[] bodies, int hoursToResolve, double reopenChance) {
	}

	/** Each problem told in several ways, as callers do; one problem per entry. */
	static final List<Problem> PROBLEMS = List.of(new Problem(
			new String[] { "VPN keeps disconnecting", "VPN disconnects every few minutes",
					"VPN connection keeps dropping" },
			new String[] { "The VPN keeps disconnecting every few minutes and I lose my remote desktop session.",
					"Working from home, my VPN connection drops every few minutes since Monday.",
					"The VPN disconnects when I open a large file; the client says the gateway is unreachable." },
			6, 0.10),
			new Problem(
					new String[] { "Account locked after password change", "Locked out after password change",
							"Account keeps getting locked" },
					new String[] { "I changed my password and now my account is locked out on every device.",
							"After the password change my account is locked again each morning.",
							"My account keeps getting locked since I changed my password; my phone still uses the old one." },
					2, 0.05),
			new Problem(new String[] { "Printer on floor 3 jams", "Printer jams on floor 3", "Paper jam on floor 3" },
					new String[] { "The printer on floor 3 jams on every second page and shows a paper error.",
							"Paper keeps jamming in the printer on floor 3; tray 2 is stuck.",
							"Nobody on floor 3 can print, the printer jams and shows error E4." },
					20, 0.25),
			new Problem(
					new String[] { "Outlook does not sync mailbox", "Outlook stopped syncing my mailbox",
							"New email does not arrive in Outlook" },
					new String[] { "Outlook stopped syncing my mailbox this morning; new email does not arrive.",
							"Outlook does not sync my mailbox, the last email shown is from yesterday.",
							"New email does not arrive in Outlook although colleagues see it on their phones." },
					8, 0.15),
			new Problem(
					new String[] { "Laptop very slow after update", "Laptop slow since the last update",
							"Laptop takes ages to start after update" },
					new String[] { "Since the last update my laptop takes ten minutes to start and the fan is loud.",
							"My laptop is very slow after the update, opening Excel takes minutes.",
							"After the update the laptop is so slow that I cannot join calls." },
					30, 0.20));

	static final String[] UNITS = { "Sales", "Finance", "Operations", "Marketing", "HR" };

	static final String[] LOCATIONS = { "Berlin", "Lyon", "Madrid", "Leeds" };

	static final String[] CALLERS = { "Avery Quill", "Blake Ormond", "Casey Thorne", "Drew Halloway", "Emery Vance",
			"Finley Marsh" };

	private static final String GREETING = "Hi team,\n\n";

	private static final String SIGNATURE = "\n\nThanks and regards,\n%s\nSent from my phone";

	private ServiceDeskTickets() {
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
