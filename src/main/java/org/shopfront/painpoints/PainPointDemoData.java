package org.shopfront.painpoints;

import java.time.Clock;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.shopfront.tickets.Ticket;
import org.shopfront.tickets.TicketIntake;
import org.shopfront.tickets.TicketTexts;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Gives the demo a live pain-point board: when no ticket is stored yet, stores a few
 * hundred made-up tickets ({@link PainPointDemoTickets}) through the tickets module's
 * intake, as a push would, and mines them.
 */
@Component
@Order(60)
@ConditionalOnProperty(name = "shopfront.demo.enabled", havingValue = "true")
class PainPointDemoData implements ApplicationRunner {

	private static final Log log = LogFactory.getLog(PainPointDemoData.class);

	private static final int TICKETS = 800;

	private static final int WEEKS = 16;

	private static final String SOURCE = "Demo service desk";

	private final TicketTexts texts;

	private final TicketIntake intake;

	private final MiningPainPointsJob job;

	private final Clock clock;

	private final long seed;

	PainPointDemoData(TicketTexts texts, TicketIntake intake, MiningPainPointsJob job, Clock clock,
			@Value("${shopfront.demo.seed:20261127}") long seed) {
		this.texts = texts;
		this.intake = intake;
		this.job = job;
		this.clock = clock;
		this.seed = seed;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.texts.count() > 0) {
			return;
		}
		List<Ticket> demo = PainPointDemoTickets.generate(SOURCE, TICKETS, WEEKS, this.clock.instant(), this.seed);
		this.intake.store(SOURCE, demo, null);
		this.job.mineNow(MiningTrigger.DEMO, null);
		log.info("Demo service desk: " + demo.size() + " tickets mined into pain points");
	}

}
