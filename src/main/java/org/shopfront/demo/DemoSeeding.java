package org.shopfront.demo;

/**
 * Whether the demo is being seeded right now: the web server is already up while the
 * demo's steps run, and a person who opens the store in that half minute should hear that
 * it is being stocked rather than see it empty.
 */
class DemoSeeding {

	private volatile boolean underway;

	void begin() {
		this.underway = true;
	}

	void end() {
		this.underway = false;
	}

	boolean underway() {
		return this.underway;
	}

}
