package org.shopfront.promises;

/**
 * Outcomes counted over the {@link Levels}: an event at k is an order whose forecast (or
 * promise) held from level k on and not below; a censored count at k an order known only
 * to need level k or more (still open, or beyond what its curve could see). Their
 * Kaplan–Meier estimate is the share held at each level.
 */
final class Tally {

	private final int[] events = new int[Levels.COUNT + 1];

	private final int[] censored = new int[Levels.COUNT + 1];

	void count(int index, boolean event, int delta) {
		(event ? this.events : this.censored)[index] += delta;
	}

	/** The estimated share of orders held at each level k (at most k needed). */
	double[] held() {
		SurvivalCurve curve = SurvivalCurve.kaplanMeier(this.events, this.censored);
		double[] held = new double[this.events.length];
		for (int k = 0; k < held.length; k++) {
			held[k] = 1 - curve.survivalAt(k);
		}
		return held;
	}

}
