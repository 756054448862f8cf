package org.shopfront.initiatives;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A step of an initiative with its planned day and, once reached, the day it was done.
 * The final milestone is the delivery: the date promise is about it, and it moves with
 * the date when the date is re-planned.
 */
record Milestone(UUID id, InitiativeId initiativeId, String name, LocalDate plannedOn, LocalDate doneOn,
		boolean isFinal, Instant addedAt, int version) {

	static Milestone planned(InitiativeId initiative, String name, LocalDate on, boolean isFinal, Instant at) {
		return new Milestone(UUID.randomUUID(), initiative, name, on, null, isFinal, at, 0);
	}

	/** Reached on the day given; a milestone is done once. */
	Milestone done(LocalDate on) {
		if (this.doneOn != null) {
			throw InitiativeConflict.milestoneDone();
		}
		return new Milestone(this.id, this.initiativeId, this.name, this.plannedOn, on, this.isFinal, this.addedAt,
				this.version);
	}

	/** Planned again for another day (the final one, when the date is re-planned). */
	Milestone plannedFor(LocalDate on) {
		return new Milestone(this.id, this.initiativeId, this.name, on, this.doneOn, this.isFinal, this.addedAt,
				this.version);
	}

	boolean isDone() {
		return this.doneOn != null;
	}

	/** Due by the day given: planned for it or earlier. */
	boolean dueBy(LocalDate day) {
		return !this.plannedOn.isAfter(day);
	}

	/**
	 * How many days late it is on the day given: done after its planned day, or still
	 * open past it; zero when on time.
	 */
	long daysLate(LocalDate today) {
		LocalDate reached = (this.doneOn != null) ? this.doneOn : today;
		return Math.max(0, reached.toEpochDay() - this.plannedOn.toEpochDay());
	}

}
