package org.shopfront.scoreboard;

import java.util.Locale;
import java.util.UUID;

import org.shopfront.promises.PromiseStatus;

/**
 * Reads a scoreboard address from a URL, {@code /provider/<id>} or {@code /company/all},
 * and the outcome filter of a drill-down; anything else is not found.
 */
final class ScoreSubjects {

	static final String COMPANY_ID = "all";

	record Subject(ScoreDimension dimension, UUID id) {

		/** The id as URLs spell it. */
		String path() {
			return (this.dimension == ScoreDimension.COMPANY) ? COMPANY_ID : this.id.toString();
		}

	}

	private ScoreSubjects() {
	}

	static Subject parse(String dimension, String id) {
		ScoreDimension d = ScoreDimension.ofPath(dimension).orElseThrow(() -> ScoreSubjectNotFound.forId(dimension));
		if (d == ScoreDimension.COMPANY) {
			if (!COMPANY_ID.equals(id)) {
				throw ScoreSubjectNotFound.forId(id);
			}
			return new Subject(d, ScoreDimension.COMPANY_SUBJECT);
		}
		try {
			return new Subject(d, UUID.fromString(id));
		}
		catch (IllegalArgumentException ex) {
			throw ScoreSubjectNotFound.forId(id);
		}
	}

	/** KEPT, BROKEN, RENEGOTIATED or CANCELLED from {@code kept} etc.; null for all. */
	static String outcome(String outcome) {
		if (outcome == null || outcome.isBlank() || "all".equals(outcome)) {
			return null;
		}
		String name = outcome.toUpperCase(Locale.ROOT);
		for (PromiseStatus status : PromiseStatus.values()) {
			if (status.name().equals(name) && !status.equals(PromiseStatus.OPEN)
					&& !status.equals(PromiseStatus.AT_RISK)) {
				return name;
			}
		}
		throw new UnknownOutcome(outcome);
	}

}
