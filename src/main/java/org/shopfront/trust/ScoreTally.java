package org.shopfront.trust;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.shopfront.feedback.SurveyAnswers.Answer;

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

	record Hours(Week week, char measure, int bucket) {

		static final Comparator<Hours> ORDER = Comparator.comparing(Hours::week, Week.ORDER)
			.thenComparing(Hours::measure)
			.thenComparing(Hours::bucket);

	}

	/**
	 * Kept, broken, renegotiated, cancelled, warned, answers, satisfaction answers,
	 * satisfaction sum, kept answers, said kept.
	 */
	static final int COUNTS = 10;

	final Map<Week, int[]> weeks = new HashMap<>();

	final Map<Hours, Integer> hours = new HashMap<>();

	void closed(Scored scored) {
		scored.subjects().forEach((dimension, subject) -> {
			Week week = new Week(dimension, subject, scored.week());
			int[] counts = this.weeks.computeIfAbsent(week, (w) -> new int[COUNTS]);
			switch (scored.promise().outcome()) {
				case KEPT -> counts[0]++;
				case BROKEN -> counts[1]++;
				case RENEGOTIATED -> counts[2]++;
				case CANCELLED -> counts[3]++;
				default -> throw new IllegalArgumentException("Not closed: " + scored.promise().outcome());
			}
			if (scored.warned()) {
				counts[4]++;
				this.hours.merge(new Hours(week, 'W', HoursHistogram.bucket(scored.warningHours())), 1, Integer::sum);
			}
			if (scored.lateHours() != null) {
				this.hours.merge(new Hours(week, 'L', HoursHistogram.bucket(scored.lateHours())), 1, Integer::sum);
			}
		});
	}

	void answered(Map<ScoreDimension, UUID> subjects, LocalDate week, Answer answer) {
		subjects.forEach((dimension, subject) -> {
			int[] counts = this.weeks.computeIfAbsent(new Week(dimension, subject, week), (w) -> new int[COUNTS]);
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
