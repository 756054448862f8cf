package org.shopfront.scoreboard;

import org.shopfront.shared.NotFound;

/** No scoreboard subject of that kind and id. */
final class ScoreSubjectNotFound extends NotFound {

	private ScoreSubjectNotFound(Object id) {
		super("error.scoreboard.notFound", id);
	}

	static ScoreSubjectNotFound forId(Object id) {
		return new ScoreSubjectNotFound(id);
	}

}
