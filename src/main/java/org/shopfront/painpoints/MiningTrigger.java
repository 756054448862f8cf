package org.shopfront.painpoints;

/** Why a mining run started. */
enum MiningTrigger {

	ON_DEMAND, SCHEDULE, DEMO

}
