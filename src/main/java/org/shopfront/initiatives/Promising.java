package org.shopfront.initiatives;

import java.time.Instant;
import java.time.ZoneId;

import org.shopfront.people.UserId;
import org.shopfront.shared.Formats;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Records what happens to initiatives' promises and announces it, in the caller's
 * transaction: made, at risk (with the call to the sponsor), closed, and replaced by a
 * re-plan (the old promise closed as renegotiated, never rewritten).
 */
@Component
class Promising {

	private final InitiativePromises promises;

	private final Calls calls;

	private final InitiativeNotices notices;

	private final ApplicationEventPublisher events;

	private final ZoneId zone;

	Promising(InitiativePromises promises, Calls calls, InitiativeNotices notices, ApplicationEventPublisher events,
			Formats formats) {
		this.promises = promises;
		this.calls = calls;
		this.notices = notices;
		this.events = events;
		this.zone = formats.zone();
	}

	void make(Initiative initiative, InitiativePromise promise) {
		this.promises.insert(promise);
		this.events.publishEvent(InitiativePromiseMade.of(promise, initiative));
	}

	/**
	 * Turns the promise at risk and calls the sponsor with the projection, unless another
	 * node got there first; returns whether this call did it.
	 */
	boolean turnAtRisk(Initiative initiative, InitiativePromise atRisk, Projection projection) {
		if (!recordAtRisk(initiative, atRisk)) {
			return false;
		}
		this.notices.atRisk(initiative, atRisk, projection);
		return true;
	}

	/**
	 * Turns the promise at risk with its call, telling nobody (a call from the past);
	 * false when another node got there first.
	 */
	boolean recordAtRisk(Initiative initiative, InitiativePromise atRisk) {
		if (!this.promises.update(atRisk)) {
			return false;
		}
		this.calls.insert(Call.made(atRisk));
		this.events.publishEvent(InitiativePromiseAtRisk.of(atRisk, initiative));
		return true;
	}

	/** Saves the promise's outcome and announces it. */
	void close(Initiative initiative, InitiativePromise closed) {
		if (!this.promises.update(closed)) {
			throw InitiativeConflict.changedMeanwhile();
		}
		this.events.publishEvent(InitiativePromiseClosed.of(closed, initiative, this.zone));
	}

	/**
	 * Replaces an open promise by a re-planned one: the old one closes as renegotiated,
	 * the new one is made; returns the new one.
	 */
	InitiativePromise replace(Initiative initiative, InitiativePromise old, InitiativeFigure figure, Instant at,
			UserId by, String why) {
		InitiativePromise renewed = old.replacedBy(figure, at, by, why);
		close(initiative, old.closed(InitiativePromiseStatus.RENEGOTIATED, at, null, why));
		make(initiative, renewed);
		return renewed;
	}

}
