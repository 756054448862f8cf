package org.shopfront.feedback;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.shopfront.ordering.PastOrder;
import org.shopfront.people.UnitId;
import org.shopfront.people.UserId;
import org.shopfront.promises.PromiseId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records feedback collected before Shopfront (a previous survey tool's results) without
 * events: delivery surveys of past orders and rounds of the trust pulse, answered or not.
 */
@Service
public class FeedbackImport {

	/**
	 * The delivery survey of a past order, asked when it was delivered, about its newest
	 * promise; and the answer, if there was one, as {@link #answered} takes it.
	 */
	public record PastSurvey(PastOrder order, PromiseId promise, Boolean kept, Integer satisfaction, String comment,
			Instant answeredAt) {

		public static PastSurvey unanswered(PastOrder order, PromiseId promise) {
			return new PastSurvey(order, promise, null, null, null, null);
		}

		/**
		 * Whether the customer thinks we kept the promise, how satisfied they are (1 to
		 * 5), a comment or null, and when they answered.
		 */
		public static PastSurvey answered(PastOrder order, PromiseId promise, boolean kept, int satisfaction,
				String comment, Instant at) {
			return new PastSurvey(order, promise, kept, satisfaction, comment, at);
		}

	}

	/**
	 * A unit head's question in a past round of the trust pulse; and the answer, if there
	 * was one, as {@link #answered} takes it.
	 */
	public record PastPulse(UnitId unit, UserId head, Integer score, String comment, Instant answeredAt) {

		public static PastPulse unanswered(UnitId unit, UserId head) {
			return new PastPulse(unit, head, null, null, null);
		}

		/**
		 * How much the head trusts IT (0 to 10), what would make them trust it more, and
		 * when they answered.
		 */
		public static PastPulse answered(UnitId unit, UserId head, int score, String comment, Instant at) {
			return new PastPulse(unit, head, score, comment, at);
		}

	}

	private final Surveys surveys;

	private final Pulses pulses;

	FeedbackImport(Surveys surveys, Pulses pulses) {
		this.surveys = surveys;
		this.pulses = pulses;
	}

	/** Whether no delivery survey and no trust pulse has been asked yet. */
	@Transactional(readOnly = true)
	public boolean nothingAskedYet() {
		return !this.surveys.any() && this.pulses.latestRound().isEmpty();
	}

	/** Records the surveys and their answers; returns how many were answered. */
	@Transactional
	public int recordSurveys(List<PastSurvey> past) {
		int answered = 0;
		for (PastSurvey p : past) {
			Survey survey = Survey.ask(p.promise(), p.order().id(), p.order().customerId(), p.order().offeringTitle(),
					p.order().deliveredAt());
			this.surveys.insert(survey);
			if (p.answeredAt() != null) {
				this.surveys.answer(survey.id(), p.kept(), p.satisfaction(), p.comment(), p.answeredAt());
				answered++;
			}
		}
		return answered;
	}

	/**
	 * Records a round of the trust pulse asked at {@code askedAt}, after the rounds
	 * already known; returns how many heads answered.
	 */
	@Transactional
	public int recordPulseRound(Instant askedAt, List<PastPulse> questions) {
		int number = this.pulses.latestRound().map((round) -> round.number() + 1).orElse(1);
		Pulses.Round round = new Pulses.Round(UUID.randomUUID(), number, askedAt);
		this.pulses.insertRound(round);
		int answered = 0;
		for (PastPulse p : questions) {
			PulseQuestion question = new PulseQuestion(UUID.randomUUID(), round.id(), p.unit(), p.head(), askedAt, null,
					null, null);
			this.pulses.insertQuestion(question);
			if (p.answeredAt() != null) {
				this.pulses.answer(question.id(), p.score(), p.comment(), p.answeredAt());
				answered++;
			}
		}
		return answered;
	}

}
