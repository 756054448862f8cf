package org.shopfront.demo;

/**
 * One module's share of the demo, written through that module's public API.
 */
interface DemoStep {

	/** A short name for the log, such as {@code people}. */
	String name();

	/**
	 * Whether the module has nothing yet: the demo only fills an empty module, so a
	 * restart adds nothing.
	 */
	boolean due();

	/**
	 * Whether the step runs in a transaction of its own, as most do; a step whose module
	 * commits its own work as it goes (a mining run that writes its progress) runs
	 * without.
	 */
	default boolean inATransaction() {
		return true;
	}

	/** Fills the module and says what it added, for the log. */
	String seed();

}
