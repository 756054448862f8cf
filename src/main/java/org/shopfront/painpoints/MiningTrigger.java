package org.shopfront.painpoints;

/** Why a mining run started. */
enum MiningTrigger {

	ON_DEMAND, SCHEDULE,
	/** Tickets brought along from before ({@link PainPointMining}). */
	IMPORT;

	/** The trigger stored as this name; the demo's runs were stored as {@code DEMO}. */
	static MiningTrigger named(String name) {
		return "DEMO".equals(name) ? IMPORT : valueOf(name);
	}

}
