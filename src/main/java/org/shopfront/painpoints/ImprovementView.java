package org.shopfront.painpoints;

import java.time.LocalDate;
import java.util.List;

/**
 * An improvement as the board and the public page show it: with its pain point's label
 * and, once done, the weekly volume before and after the day it was done (you said, we
 * did).
 */
record ImprovementView(Improvement improvement, String painPointLabel, List<LocalDate> weeks, List<Long> before,
		List<Long> after) {

	public double averageBefore() {
		return average(this.before);
	}

	public double averageAfter() {
		return average(this.after);
	}

	public boolean measured() {
		return !this.before.isEmpty() || !this.after.isEmpty();
	}

	private static double average(List<Long> weekly) {
		return weekly.isEmpty() ? 0 : weekly.stream().mapToLong(Long::longValue).average().orElse(0);
	}

}
