package org.shopfront.listening;

import java.time.Clock;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives the demo a live pain-point board: when no ticket is stored yet, stores a few
 * hundred made-up tickets ({@link PainPointDemoTickets}) and mines them.
 */
@Component
@Order(60)
@ConditionalOnProperty(name = "shopfront.demo.enabled", havingValue = "true")
class PainPointDemoData implements ApplicationRunner {

	private static final Log log = LogFactory.getLog(PainPointDemoData.class);

	private static final int TICKETS = 800;

	private static final int WEEKS = 16;

	private final TicketTexts texts;

	private final Tickets tickets;

	private final MiningPainPointsJob job;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final long seed;

	PainPointDemoData(TicketTexts texts, Tickets tickets, MiningPainPointsJob job, TransactionTemplate transactions,
			Clock clock, @Value("${shopfront.demo.seed:20261127}") long seed) {
		this.texts = texts;
		this.tickets = tickets;
		this.job = job;
		this.transactions = transactions;
		this.clock = clock;
		this.seed = seed;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.texts.count() > 0) {
			return;
		}
		var demo = PainPointDemoTickets.generate("Demo service desk", TICKETS, WEEKS, this.clock.instant(), this.seed);
		this.transactions.executeWithoutResult((status) -> {
			for (int from = 0; from < demo.size(); from += 500) {
				this.tickets.upsert(demo.subList(from, Math.min(demo.size(), from + 500)), null, this.clock.instant());
			}
		});
		this.job.mineNow(MiningTrigger.DEMO, null);
		log.info("Demo service desk: " + demo.size() + " tickets mined into pain points");
	}

}
