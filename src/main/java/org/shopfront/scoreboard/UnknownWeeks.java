package org.shopfront.scoreboard;

import org.shopfront.shared.InvalidInput;

/** A scoreboard asked for a window length it does not offer (4, 13, 26 or 52 weeks). */
final class UnknownWeeks extends InvalidInput {

	UnknownWeeks(int weeks) {
		super("weeks", "error.scoreboard.weeks", weeks);
	}

}
