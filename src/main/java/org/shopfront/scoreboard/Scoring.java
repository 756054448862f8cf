package org.shopfront.scoreboard;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.shopfront.feedback.FeedbackGiven;
import org.shopfront.feedback.SurveyAnswers;
import org.shopfront.feedback.SurveyAnswers.Answer;
import org.shopfront.initiatives.InitiativePromiseClosed;
import org.shopfront.promises.PromiseClosed;
import org.shopfront.promises.PromiseId;
import org.shopfront.shared.Formats;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the scoreboard's read model current: a promise is counted when its outcome is
 * known, from what its event says, and the customer's answer when it is given, each
 * exactly once (the promise's row is inserted once; an answer is recorded once), in the
 * listener's own transaction together with the rollups. Driven by the event publication
 * registry, so nothing is lost between the promise's transaction and the scoreboard's.
 */
@Service
class Scoring {

	private final ScoredPromises scored;

	private final ScoreRollups rollups;

	private final SurveyAnswers answers;

	private final RecordedPromises recorded;

	private final ZoneId zone;

	Scoring(ScoredPromises scored, ScoreRollups rollups, SurveyAnswers answers, RecordedPromises recorded,
			Formats formats) {
		this.scored = scored;
		this.rollups = rollups;
		this.answers = answers;
		this.recorded = recorded;
		this.zone = formats.zone();
	}

	@ApplicationModuleListener
	void on(PromiseClosed closed) {
		count(List.of(Scored.of(closed, this.zone)));
	}

	@ApplicationModuleListener
	void on(InitiativePromiseClosed closed) {
		count(List.of(Scored.of(closed, this.zone)));
	}

	@ApplicationModuleListener
	void on(FeedbackGiven feedback) {
		Answer answer = new Answer(feedback.kept(), feedback.satisfaction());
		if (!this.scored.exists(feedback.promiseId())) {
			// Its own event has not been handled yet: count it now, with the answer.
			this.recorded.closed(feedback.promiseId()).ifPresent((promise) -> count(List.of(promise)));
		}
		// A no-op when the answer was counted with the promise just now.
		this.scored.answer(feedback.promiseId(), answer).ifPresent((counted) -> {
			ScoreTally tally = new ScoreTally();
			tally.answered(counted.subjects(), counted.week(), answer);
			this.rollups.add(tally);
		});
	}

	/**
	 * Counts the promises not counted yet, with the answers their customers gave already
	 * (an answer can be handled before its promise's event); returns how many were new.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	int count(List<Scored> batch) {
		if (batch.isEmpty()) {
			return 0;
		}
		int[] inserted = this.scored.insertNew(batch);
		Map<PromiseId, Answer> given = this.answers.of(batch.stream().map(Scored::promiseId).toList());
		ScoreTally tally = new ScoreTally();
		Map<PromiseId, Answer> recorded = new HashMap<>();
		int added = 0;
		for (int i = 0; i < batch.size(); i++) {
			if (inserted[i] == 0) {
				continue;
			}
			added++;
			Scored s = batch.get(i);
			tally.closed(s);
			Answer answer = given.get(s.promiseId());
			if (answer != null) {
				tally.answered(s.subjects(), s.week(), answer);
				recorded.put(s.promiseId(), answer);
			}
		}
		if (!recorded.isEmpty()) {
			this.scored.answered(recorded);
		}
		this.rollups.add(tally);
		return added;
	}

}
