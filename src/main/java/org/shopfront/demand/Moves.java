package org.shopfront.demand;

import java.time.Clock;
import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What every move of a demand does once its rule allowed it: save against the version
 * read, add the timeline line, publish {@link DemandMoved} and tell the people concerned,
 * all in the move's transaction.
 */
@Component
class Moves {

	private final Demands demands;

	private final DemandNotices notices;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Moves(Demands demands, DemandNotices notices, ApplicationEventPublisher events, Clock clock) {
		this.demands = demands;
		this.notices = notices;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Saves the demand as moved.
	 * @param actor who moved it, or null when its initiative's progress did
	 */
	Demand save(Demand before, Demand after, Actor actor, String note) {
		if (!this.demands.update(after)) {
			throw DemandConflict.changedMeanwhile();
		}
		Instant now = this.clock.instant();
		this.demands.addStep(after.id(), before.status(), after.status(), actor, note, now);
		Demand saved = after.saved();
		this.events.publishEvent(new DemandMoved(saved.id(), saved.number(), saved.title(), saved.parties().unitId(),
				before.status(), saved.status(), now, (actor == null) ? null : actor.id(), note));
		this.notices.moved(saved, actor, note);
		return saved;
	}

}
