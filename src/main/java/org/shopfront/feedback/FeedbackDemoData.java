package org.shopfront.feedback;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.shopfront.ordering.OrderHistory;
import org.shopfront.ordering.OrderPromise;
import org.shopfront.ordering.OrderPromises;
import org.shopfront.ordering.PastOrder;
import org.shopfront.people.Directory;
import org.shopfront.people.Unit;
import org.shopfront.promises.PromiseId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives the demo feedback on first start: about a third of the delivered orders of the
 * history answered their survey (kept promises rated higher than broken ones), and a
 * trust pulse round two months ago that most unit heads answered, so the scoreboard and
 * the trust page have something to show. Runs once, after the promises, into a database
 * without surveys; seeded, so every demo gets the same answers. Like the other demo data
 * it writes rows without publishing events.
 */
@Component
@Order(50)
@ConditionalOnProperty(name = "shopfront.demo.enabled", havingValue = "true")
class FeedbackDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FeedbackDemoData.class);

	private static final List<String> SURVEY_COMMENTS = List.of("Quick and friendly, thank you.",
			"It arrived a day after you said, but you told me early.", "Setup instructions were missing.",
			"Exactly what I needed.", "Nobody told me it was late until I asked.", "Great service from the team.");

	private static final List<String> PULSE_COMMENTS = List.of(
			"Tell us earlier when something will be late; we can plan around it.",
			"Fewer surprises on cost for the projects.", "Keep the store up to date with what we actually buy.",
			"The new laptop process is much better; do the same for software.",
			"Show us the options before deciding for us.");

	private final OrderHistory history;

	private final OrderPromises promises;

	private final Surveys surveys;

	private final Pulses pulses;

	private final Directory directory;

	private final Clock clock;

	private final long seed;

	FeedbackDemoData(OrderHistory history, OrderPromises promises, Surveys surveys, Pulses pulses, Directory directory,
			Clock clock, @Value("${shopfront.demo.seed:20261127}") long seed) {
		this.history = history;
		this.promises = promises;
		this.surveys = surveys;
		this.pulses = pulses;
		this.directory = directory;
		this.clock = clock;
		this.seed = seed;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.surveys.any() || this.pulses.latestRound().isPresent()) {
			return;
		}
		Random random = new Random(this.seed);
		Instant now = this.clock.instant();
		List<PastOrder> delivered = new ArrayList<>();
		this.history.placedSince(Instant.EPOCH, order -> {
			if (order.deliveredAt() != null && random.nextDouble() < 0.35) {
				delivered.add(order);
			}
		});
		int answered = 0;
		for (PastOrder order : delivered) {
			List<OrderPromise> made = this.promises.of(order.id());
			if (made.isEmpty() || this.surveys.existsFor(order.id())) {
				continue;
			}
			boolean kept = "KEPT".equals(made.get(0).status());
			Survey survey = Survey.ask(new PromiseId(made.get(0).id()), order.id(), order.customerId(),
					order.offeringTitle(), order.deliveredAt());
			this.surveys.insert(survey);
			Instant at = order.deliveredAt().plus(Duration.ofMinutes(30 + random.nextInt(3 * 24 * 60)));
			if (at.isAfter(now)) {
				continue;
			}
			boolean sawItKept = (random.nextDouble() < 0.9) == kept;
			int satisfaction = Math.max(1, Math.min(5, (kept ? 4 : 3) + (int) Math.round(random.nextGaussian())));
			String comment = (random.nextDouble() < 0.15) ? SURVEY_COMMENTS.get(random.nextInt(SURVEY_COMMENTS.size()))
					: null;
			this.surveys.answer(survey.id(), sawItKept, satisfaction, comment, at);
			answered++;
		}
		int heads = pulseRound(random, now.minus(Duration.ofDays(60)));
		log.info("Demo feedback: {} surveys answered, a trust pulse round answered by {} unit heads", answered, heads);
	}

	private int pulseRound(Random random, Instant asked) {
		List<Unit> led = this.directory.units().stream().filter(unit -> unit.headId() != null).toList();
		if (led.isEmpty()) {
			return 0;
		}
		Pulses.Round round = new Pulses.Round(UUID.randomUUID(), 1, asked);
		this.pulses.insertRound(round);
		int answered = 0;
		for (int i = 0; i < led.size(); i++) {
			Unit unit = led.get(i);
			PulseQuestion question = new PulseQuestion(UUID.randomUUID(), round.id(), unit.id(), unit.headId(), asked,
					null, null, null);
			this.pulses.insertQuestion(question);
			if (i == led.size() - 1) {
				continue; // one head has not answered yet
			}
			int score = 4 + random.nextInt(7);
			this.pulses.answer(question.id(), score, PULSE_COMMENTS.get(i % PULSE_COMMENTS.size()),
					asked.plus(Duration.ofHours(2 + random.nextInt(72))));
			answered++;
		}
		return answered;
	}

}
