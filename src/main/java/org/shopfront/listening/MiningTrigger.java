package org.shopfront.listening;

/** Why a mining run started. */
enum MiningTrigger {

	ON_DEMAND, SCHEDULE, DEMO

}
