package org.shopfront.trust;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.shopfront.feedback.FeedbackGiven;
import org.shopfront.feedback.SurveyAnswers;
import org.shopfront.feedback.SurveyAnswers.Answer;
import org.shopfront.ordering.OrderId;
import org.shopfront.ordering.OrderLookup;
import org.shopfront.people.Directory;
import org.shopfront.people.Person;
import org.shopfront.people.UnitId;
import org.shopfront.people.UserId;
import org.shopfront.promises.ClosedPromise;
import org.shopfront.promises.PromiseClosed;
import org.shopfront.promises.PromiseId;
import org.shopfront.promises.PromiseRecords;
import org.shopfront.shared.Formats;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the scoreboard's read model current: a promise is counted when its outcome is
 * known and the customer's answer when it is given, each exactly once (the promise's row
 * is inserted once; an answer is recorded once), in the listener's own transaction
 * together with the rollups. Driven by the event publication registry, so nothing is lost
 * between the promise's transaction and the scoreboard's.
 */
@Service
class Scoring {

	private final PromiseRecords promises;

	private final SurveyAnswers answers;

	private final OrderLookup orders;

	private final Directory directory;

	private final ScoredPromises scored;

	private final ScoreRollups rollups;

	private final ZoneId zone;

	Scoring(PromiseRecords promises, SurveyAnswers answers, OrderLookup orders, Directory directory,
			ScoredPromises scored, ScoreRollups rollups, Formats formats) {
		this.promises = promises;
		this.answers = answers;
		this.orders = orders;
		this.directory = directory;
		this.scored = scored;
		this.rollups = rollups;
		this.zone = formats.zone();
	}

	@ApplicationModuleListener
	void on(PromiseClosed closed) {
		this.promises.closed(closed.promiseId()).ifPresent((promise) -> count(List.of(promise), new HashMap<>()));
	}

	@ApplicationModuleListener
	void on(FeedbackGiven feedback) {
		Answer answer = new Answer(feedback.kept(), feedback.satisfaction());
		if (!this.scored.exists(feedback.promiseId())) {
			// The promise's own event has not been handled yet: count it now, answer
			// included.
			this.promises.closed(feedback.promiseId()).ifPresent((promise) -> count(List.of(promise), new HashMap<>()));
		}
		// A no-op when the answer was counted with the promise just now.
		this.scored.answer(feedback.promiseId(), answer).ifPresent((counted) -> {
			ScoreTally tally = new ScoreTally();
			tally.answered(counted.subjects(), counted.week(), answer);
			this.rollups.add(tally);
		});
	}

	/**
	 * Counts the promises not counted yet, with the answers their customers gave; returns
	 * how many were new.
	 * @param units a cache of people's business units, shared across calls of a rebuild
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	int count(List<ClosedPromise> closed, Map<UserId, Optional<UUID>> units) {
		if (closed.isEmpty()) {
			return 0;
		}
		Map<OrderId, UserId> fulfillers = this.orders.fulfillers(closed.stream().map(ClosedPromise::orderId).toList());
		List<Scored> batch = new ArrayList<>(closed.size());
		for (ClosedPromise promise : closed) {
			UserId fulfiller = fulfillers.get(promise.orderId());
			batch.add(Scored.of(promise, unit(promise.customerId(), units).orElse(null),
					(fulfiller != null) ? unit(fulfiller, units).orElse(null) : null, this.zone));
		}
		int[] inserted = this.scored.insertNew(batch);
		Map<PromiseId, Answer> given = this.answers.of(closed.stream().map(ClosedPromise::id).toList());
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
			Answer answer = given.get(s.promise().id());
			if (answer != null) {
				tally.answered(s.subjects(), s.week(), answer);
				recorded.put(s.promise().id(), answer);
			}
		}
		if (!recorded.isEmpty()) {
			this.scored.answered(recorded);
		}
		this.rollups.add(tally);
		return added;
	}

	private Optional<UUID> unit(UserId person, Map<UserId, Optional<UUID>> units) {
		return units.computeIfAbsent(person, (id) -> this.directory.find(id).map(Person::unitId).map(UnitId::value));
	}

}
