package org.shopfront.painpoints;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.shopfront.tickets.Ticket;

/**
 * Tickets about five made-up problems for the mining tests, each told with its own words
 * in two titles and two bodies; a third of them signed by a caller, as mail is. The
 * category names the problem; every ticket has a location, which a test changes.
 * Deterministic for a seed.
 */
final class MadeUpTickets {

	static final String[] CALLERS = { "Rowan Ashby", "Sky Penhallow", "Jordan Mireille", "Quinn Oakhurst" };

	private static final String[] LOCATIONS = { "Porto", "Ghent", "Turin" };

	private static final String[][] TITLES = { { "Badge reader rejects my card", "Door badge not accepted" },
			{ "Teams calls lose audio", "No sound in Teams meetings" },
			{ "Shared drive is full", "Cannot save to the shared drive, quota exceeded" },
			{ "Monitor stays black after docking", "External monitor not detected on the dock" },
			{ "Expense tool fails on submit", "Expense claim cannot be submitted" } };

	private static final String[][] BODIES = {
			{ "The badge reader at the main entrance rejects my card since this morning.",
					"My door badge is not accepted at the garage gate, the reader blinks red." },
			{ "In every Teams call the audio drops after a minute and nobody hears me.",
					"Teams meetings have no sound on my headset although the speakers work." },
			{ "The shared drive of our team is full and saving a file fails with a quota error.",
					"Quota exceeded on the shared drive, we cannot save the monthly reports." },
			{ "When I put the laptop on the dock the external monitor stays black.",
					"The dock does not detect the external monitor any more after the update." },
			{ "The expense tool shows an error when I submit my claim with receipts.",
					"My expense claim cannot be submitted, the submit button gives an error page." } };

	private MadeUpTickets() {
	}

	/** {@code count} tickets opened over the {@code weeks} weeks up to {@code end}. */
	static List<Ticket> generate(String source, int count, int weeks, Instant end, long seed) {
		Random random = new Random(seed);
		long span = Duration.ofDays(7L * weeks).toSeconds();
		List<Ticket> tickets = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			int problem = random.nextInt(TITLES.length);
			String caller = CALLERS[random.nextInt(CALLERS.length)];
			String body = BODIES[problem][random.nextInt(2)];
			if (random.nextInt(3) == 0) {
				body = "Hello,\n\n" + body + "\n\nKind regards,\n" + caller;
			}
			Instant opened = end.minusSeconds((long) (random.nextDouble() * span));
			tickets.add(new Ticket(source, "T%05d".formatted(i + 1), TITLES[problem][random.nextInt(2)], body,
					"Problem " + (problem + 1), opened, null, caller, "Service desk",
					LOCATIONS[random.nextInt(LOCATIONS.length)], null, 0));
		}
		return tickets;
	}

}
