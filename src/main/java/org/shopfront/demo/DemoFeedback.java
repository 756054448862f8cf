package org.shopfront.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.shopfront.feedback.FeedbackImport;
import org.shopfront.feedback.FeedbackImport.PastPulse;
import org.shopfront.feedback.FeedbackImport.PastSurvey;
import org.shopfront.ordering.OrderHistory;
import org.shopfront.ordering.OrderPromise;
import org.shopfront.ordering.OrderPromises;
import org.shopfront.ordering.PastOrder;
import org.shopfront.people.Directory;
import org.shopfront.people.Unit;
import org.shopfront.promises.PromiseId;

/**
 * The demo's feedback: about a third of the delivered orders of the history answered
 * their survey (kept promises rated higher than broken ones), and a trust pulse round two
 * months ago that all unit heads but one answered, so that the scoreboard and the trust
 * page have something to show. Seeded, so every demo gets the same answers.
 */
final class DemoFeedback implements DemoStep {

	private static final List<String> SURVEY_COMMENTS = List.of("Quick and friendly, thank you.",
			"It arrived a day after you said, but you told me early.", "Setup instructions were missing.",
			"Exactly what I needed.", "Nobody told me it was late until I asked.", "Great service from the team.");

	private static final List<String> PULSE_COMMENTS = List.of(
			"Tell us earlier when something will be late; we can plan around it.",
			"Fewer surprises on cost for the projects.", "Keep the store up to date with what we actually buy.",
			"The new laptop process is much better; do the same for software.",
			"Show us the options before deciding for us.");

	private final FeedbackImport feedback;

	private final OrderHistory history;

	private final OrderPromises promises;

	private final Directory directory;

	private final Clock clock;

	private final long seed;

	DemoFeedback(FeedbackImport feedback, OrderHistory history, OrderPromises promises, Directory directory,
			Clock clock, long seed) {
		this.feedback = feedback;
		this.history = history;
		this.promises = promises;
		this.directory = directory;
		this.clock = clock;
		this.seed = seed;
	}

	@Override
	public String name() {
		return "feedback";
	}

	@Override
	public boolean due() {
		return this.feedback.nothingAskedYet();
	}

	@Override
	public String seed() {
		Random random = new Random(this.seed);
		Instant now = this.clock.instant();
		int answered = this.feedback.recordSurveys(surveys(random, now));
		Instant asked = now.minus(Duration.ofDays(60));
		List<PastPulse> pulse = pulse(random, asked);
		int heads = pulse.isEmpty() ? 0 : this.feedback.recordPulseRound(asked, pulse);
		return answered + " surveys answered, a trust pulse round answered by " + heads + " unit heads";
	}

	private List<PastSurvey> surveys(Random random, Instant now) {
		List<PastOrder> delivered = new ArrayList<>();
		this.history.placedSince(Instant.EPOCH, (order) -> {
			if (order.deliveredAt() != null && random.nextDouble() < 0.35) {
				delivered.add(order);
			}
		});
		List<PastSurvey> surveys = new ArrayList<>();
		for (PastOrder order : delivered) {
			List<OrderPromise> made = this.promises.of(order.id());
			if (made.isEmpty()) {
				continue;
			}
			PromiseId promise = new PromiseId(made.get(0).id());
			Instant at = order.deliveredAt().plus(Duration.ofMinutes(30 + random.nextInt(3 * 24 * 60)));
			if (at.isAfter(now)) {
				surveys.add(PastSurvey.unanswered(order, promise));
				continue;
			}
			boolean kept = "KEPT".equals(made.get(0).status());
			boolean sawItKept = (random.nextDouble() < 0.9) == kept;
			int satisfaction = Math.max(1, Math.min(5, (kept ? 4 : 3) + (int) Math.round(random.nextGaussian())));
			String comment = (random.nextDouble() < 0.15) ? SURVEY_COMMENTS.get(random.nextInt(SURVEY_COMMENTS.size()))
					: null;
			surveys.add(PastSurvey.answered(order, promise, sawItKept, satisfaction, comment, at));
		}
		return surveys;
	}

	/** Every unit with a head is asked; one head has not answered yet. */
	private List<PastPulse> pulse(Random random, Instant asked) {
		List<Unit> led = this.directory.units().stream().filter((unit) -> unit.headId() != null).toList();
		List<PastPulse> questions = new ArrayList<>();
		for (int i = 0; i < led.size(); i++) {
			Unit unit = led.get(i);
			if (i == led.size() - 1) {
				questions.add(PastPulse.unanswered(unit.id(), unit.headId()));
				continue;
			}
			int score = 4 + random.nextInt(7);
			questions
				.add(PastPulse.answered(unit.id(), unit.headId(), score, PULSE_COMMENTS.get(i % PULSE_COMMENTS.size()),
						asked.plus(Duration.ofHours(2 + random.nextInt(72)))));
		}
		return questions;
	}

}
