package org.shopfront.scoreboard;

import org.shopfront.shared.InvalidInput;

/** A drill-down asked for an outcome that promises do not have. */
final class UnknownOutcome extends InvalidInput {

	UnknownOutcome(String outcome) {
		super("outcome", "error.scoreboard.outcome", outcome);
	}

}
