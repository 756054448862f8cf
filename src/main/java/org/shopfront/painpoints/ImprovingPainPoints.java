package org.shopfront.painpoints;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers pain points with improvements and marks them done, publishing
 * {@link ImprovementPromised} and {@link ImprovementDone} in the same transaction so the
 * promise and its outcome reach the ledger.
 */
@Service
class ImprovingPainPoints {

	private final Improvements improvements;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ImprovingPainPoints(Improvements improvements, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.improvements = improvements;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	ImprovementId promise(PainPointId painPoint, ImprovementForm form, String by) {
		String label = this.jdbc.sql("select label from pain_point where id = :id")
			.param("id", painPoint.value())
			.query(String.class)
			.optional()
			.orElseThrow(() -> PainPointNotFound.forId(painPoint));
		Instant now = this.clock.instant();
		Improvement improvement = new Improvement(new ImprovementId(UUID.randomUUID()), painPoint, form.title().strip(),
				form.owner().strip(), form.promisedOn(), ImprovementStatus.PROMISED, null, by, now, 0);
		this.improvements.add(improvement);
		this.events.publishEvent(new ImprovementPromised(improvement.id(), painPoint, label, improvement.title(),
				improvement.owner(), improvement.promisedOn(), now));
		return improvement.id();
	}

	@Transactional
	void done(ImprovementId id, LocalDate on) {
		Improvement improvement = this.improvements.find(id).orElseThrow(() -> ImprovementNotFound.forId(id));
		Improvement done = improvement.done(on);
		if (!this.improvements.update(done)) {
			throw ImprovementConflict.changedMeanwhile();
		}
		this.events
			.publishEvent(new ImprovementDone(id, done.painPoint(), done.promisedOn(), on, this.clock.instant()));
	}

	/** Done today, in the clock's zone. */
	@Transactional
	void doneToday(ImprovementId id) {
		done(id, LocalDate.now(this.clock));
	}

}
