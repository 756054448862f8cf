package org.shopfront.demand;

import java.util.UUID;

/**
 * What the initiative a demand became tells the demand, so that its leader and IT follow
 * it to the end: each call moves the demand's status (and tells them) in the caller's
 * transaction.
 */
public interface DemandProgress {

	/** The chosen option became a running initiative. */
	void initiativeStarted(DemandId demand, UUID initiative);

	/** The leader confirmed the value the initiative brought (or that it fell short). */
	void valueConfirmed(DemandId demand);

	/** The initiative ended (delivered and confirmed, or stopped), in a sentence. */
	void closed(DemandId demand, String reason);

}
