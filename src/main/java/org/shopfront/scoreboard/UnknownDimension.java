package org.shopfront.scoreboard;

import org.shopfront.shared.InvalidInput;

/** The scoreboard was asked to group by something it does not know. */
final class UnknownDimension extends InvalidInput {

	UnknownDimension(String by) {
		super("by", "error.scoreboard.by", by);
	}

}
