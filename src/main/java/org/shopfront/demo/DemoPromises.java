package org.shopfront.demo;

import org.shopfront.promises.PromiseBackfill;

/**
 * The promises of the demo's order history, made by the promises module's backfill as it
 * would have made them; the demo opens with some of the open ones at risk.
 */
final class DemoPromises implements DemoStep {

	private final PromiseBackfill backfill;

	DemoPromises(PromiseBackfill backfill) {
		this.backfill = backfill;
	}

	@Override
	public String name() {
		return "promises";
	}

	@Override
	public boolean due() {
		return this.backfill.needed();
	}

	@Override
	public String seed() {
		return this.backfill.promisePastOrders() + " for the order history";
	}

}
