package org.shopfront.painpoints;

/** Where a mining run stands; only a finished run's pain points are shown. */
enum MiningStatus {

	RUNNING, DONE, FAILED

}
