package org.shopfront.painpoints;

import java.util.UUID;

/** Identifies one mining run. */
record MiningRunId(UUID value) {

	@Override
	public String toString() {
		return this.value.toString();
	}

}
