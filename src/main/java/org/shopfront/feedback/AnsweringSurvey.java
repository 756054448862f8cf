package org.shopfront.feedback;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.shopfront.people.UserId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer answers the survey about their delivery, from the mail's link or in the
 * app. Only the order's customer may answer, and only once: the answer is a conditional
 * update of the unanswered survey, so a second click or a second node changes nothing.
 */
@Service
@Transactional
class AnsweringSurvey {

	/** How an attempt to answer ended. */
	enum Outcome {

		ANSWERED, ALREADY_ANSWERED

	}

	private final Surveys surveys;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AnsweringSurvey(Surveys surveys, ApplicationEventPublisher events, Clock clock) {
		this.surveys = surveys;
		this.events = events;
		this.clock = clock;
	}

	/** The survey if the person is its customer; empty for anyone else. */
	@Transactional(readOnly = true)
	Optional<Survey> surveyFor(SurveyId id, UserId person) {
		return this.surveys.find(id).filter(survey -> survey.isFor(person));
	}

	/**
	 * Records the person's answer.
	 * @throws SurveyNotFound if there is no such survey or it is not the person's
	 */
	Outcome answer(SurveyId id, UserId person, SurveyForm form) {
		Survey survey = surveyFor(id, person).orElseThrow(() -> SurveyNotFound.forId(id));
		if (survey.answered()) {
			return Outcome.ALREADY_ANSWERED;
		}
		Instant now = this.clock.instant();
		String comment = form.trimmedComment();
		if (!this.surveys.answer(id, form.kept(), form.satisfaction(), comment, now)) {
			return Outcome.ALREADY_ANSWERED;
		}
		this.events.publishEvent(new FeedbackGiven(survey.promiseId(), survey.orderId(), survey.customerId(),
				form.kept(), form.satisfaction(), comment != null, now));
		return Outcome.ANSWERED;
	}

}
