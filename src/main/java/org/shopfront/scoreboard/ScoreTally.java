package org.shopfront.scoreboard;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.shopfront.feedback.SurveyAnswers.Answer;
import org.shopfront.shared.HoursHistogram;

/**
 * Changes to the weekly rollups, summed in memory so that a batch of promises touches
 * each rollup row once.
 */
final class ScoreTally {

	record Week(ScoreDimension dimension, UUID subject, LocalDate week) {

		/**
		 * Rows are written in this order, so that nodes writing at once never deadlock.
		 */
		static final Comparator<Week> ORDER = Comparator.comparing(Week::dimension)
			.thenComparing(Week::subject)
			.thenComparing(Week::week);

	}

	/** What a batch adds to one week's row. */
	static final class Added {

		final int[] counts = new int[COUNTS];

		final HoursHistogram late = new HoursHistogram();

		final HoursHistogram warning = new HoursHistogram();

		boolean hasHours() {
			return this.late.total() > 0 || this.warning.total() > 0;
		}

	}

	/**
	 * Kept, broken, renegotiated, cancelled, warned, answers, satisfaction answers,
	 * satisfaction sum, kept answers, said kept.
	 */
	static final int COUNTS = 10;

	final Map<Week, Added> weeks = new HashMap<>();

	void closed(Scored scored) {
		scored.subjects().forEach((dimension, subject) -> {
			Added added = this.weeks.computeIfAbsent(new Week(dimension, subject, scored.week()), (w) -> new Added());
			int[] counts = added.counts;
			switch (scored.outcome()) {
				case KEPT -> counts[0]++;
				case BROKEN -> counts[1]++;
				case RENEGOTIATED -> counts[2]++;
				case CANCELLED -> counts[3]++;
				default -> throw new IllegalArgumentException("Not closed: " + scored.outcome());
			}
			if (scored.warned()) {
				counts[4]++;
				added.warning.add(HoursHistogram.bucket(scored.warningHours()), 1);
			}
			if (scored.lateHours() != null) {
				added.late.add(HoursHistogram.bucket(scored.lateHours()), 1);
			}
		});
	}

	void answered(Map<ScoreDimension, UUID> subjects, LocalDate week, Answer answer) {
		subjects.forEach((dimension, subject) -> {
			int[] counts = this.weeks.computeIfAbsent(new Week(dimension, subject, week), (w) -> new Added()).counts;
			counts[5]++;
			if (answer.satisfaction() != null) {
				counts[6]++;
				counts[7] += answer.satisfaction();
			}
			if (answer.kept() != null) {
				counts[8]++;
				counts[9] += answer.kept() ? 1 : 0;
			}
		});
	}

	boolean isEmpty() {
		return this.weeks.isEmpty();
	}

}
