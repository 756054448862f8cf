package org.shopfront.initiatives;

/**
 * Where an initiative's promise stands: open, at risk (its sponsor has been called), or
 * its outcome. A re-planned promise ends RENEGOTIATED and its replacement carries on.
 */
public enum InitiativePromiseStatus {

	OPEN, AT_RISK, KEPT, BROKEN, RENEGOTIATED, CANCELLED;

	public boolean isOpen() {
		return this == OPEN || this == AT_RISK;
	}

}
