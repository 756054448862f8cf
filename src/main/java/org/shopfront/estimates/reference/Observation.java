package org.shopfront.estimates.reference;

import java.time.LocalDate;
import java.util.List;

/**
 * One finished piece of work as reference-class forecasting sees it: the day its estimate
 * was made, the estimate and the actual of one measure (in the same unit, so that their
 * ratio has none), and the reference classes it belongs to besides all work, most
 * specific first (such as {@code provider:…}, then {@code kind:…}).
 */
public record Observation(LocalDate date, double estimate, double actual, List<String> segments) {

	public Observation {
		if (!(estimate > 0) || !(actual >= 0)) {
			throw new IllegalArgumentException(
					"An observation needs an estimate above 0 and an actual of 0 or more: " + estimate + ", " + actual);
		}
		segments = List.copyOf(segments);
	}

	/** How many times its estimate the work took: 1.3 for 30 % over. */
	public double ratio() {
		return this.actual / this.estimate;
	}

}
