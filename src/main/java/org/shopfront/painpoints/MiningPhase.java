package org.shopfront.painpoints;

/** The step a mining run is at, shown beside its progress bar. */
enum MiningPhase {

	READING, CLUSTERING, STORING, FINISHED

}
