package org.shopfront.demo;

import java.time.Clock;
import java.util.List;

import org.shopfront.painpoints.PainPointMining;
import org.shopfront.tickets.Ticket;
import org.shopfront.tickets.TicketIntake;
import org.shopfront.tickets.TicketTexts;

/**
 * The demo's service desk: a few hundred made-up tickets ({@link ServiceDeskTickets})
 * stored through the tickets module's intake, as a push would, and mined into pain points
 * so that the board is alive on first start. It runs outside the demo's transactions: the
 * tickets commit before the run reads them, and the run commits its progress as it goes.
 */
final class DemoServiceDesk implements DemoStep {

	private static final int TICKETS = 800;

	private static final int WEEKS = 16;

	private static final String SOURCE = "Demo service desk";

	private final TicketTexts texts;

	private final TicketIntake intake;

	private final PainPointMining mining;

	private final Clock clock;

	private final long seed;

	DemoServiceDesk(TicketTexts texts, TicketIntake intake, PainPointMining mining, Clock clock, long seed) {
		this.texts = texts;
		this.intake = intake;
		this.mining = mining;
		this.clock = clock;
		this.seed = seed;
	}

	@Override
	public String name() {
		return "pain points";
	}

	@Override
	public boolean due() {
		return this.texts.count() == 0;
	}

	@Override
	public boolean inATransaction() {
		return false;
	}

	@Override
	public String seed() {
		List<Ticket> tickets = ServiceDeskTickets.generate(SOURCE, TICKETS, WEEKS, this.clock.instant(), this.seed);
		this.intake.store(SOURCE, tickets, null);
		boolean mined = this.mining.mineImported();
		return tickets.size() + " service desk tickets" + (mined ? ", mined into pain points" : "");
	}

}
