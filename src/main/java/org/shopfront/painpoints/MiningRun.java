package org.shopfront.painpoints;

import java.time.Duration;
import java.time.Instant;

/**
 * One full re-mine of the stored tickets: its progress while it runs, and afterwards the
 * number of pain points it found. {@code lastTicketId} is the newest ticket it has
 * placed, so that tickets arriving later can be assigned to its pain points.
 */
record MiningRun(MiningRunId id, MiningStatus status, MiningPhase phase, int progress, long tickets, Integer k,
		String parameters, MiningTrigger trigger, String startedBy, long lastTicketId, Instant startedAt,
		Instant updatedAt, Instant finishedAt) {

	/** A running run that has reported nothing for this long has lost its node. */
	static final Duration STALLED = Duration.ofMinutes(10);

	public boolean running() {
		return this.status == MiningStatus.RUNNING;
	}

	public boolean stalled(Instant now) {
		return running() && this.updatedAt.plus(STALLED).isBefore(now);
	}

}
