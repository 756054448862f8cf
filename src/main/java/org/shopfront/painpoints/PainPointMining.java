package org.shopfront.painpoints;

import org.springframework.stereotype.Service;

/**
 * Mines the stored tickets into pain points at once, for an installation that has just
 * brought its past tickets along (the demo does); later imports are placed as they come
 * and mined again on the schedule or on demand.
 */
@Service
public class PainPointMining {

	private final MiningPainPointsJob job;

	PainPointMining(MiningPainPointsJob job) {
		this.job = job;
	}

	/**
	 * Mines every stored ticket and returns when the run has finished; call it outside a
	 * transaction, as the run commits its progress as it goes.
	 * @return whether it mined: false when another run was still going
	 */
	public boolean mineImported() {
		return this.job.mineNow(MiningTrigger.IMPORT, null).isPresent();
	}

}
