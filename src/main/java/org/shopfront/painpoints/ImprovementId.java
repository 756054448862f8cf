package org.shopfront.painpoints;

import java.util.UUID;

/** Identifies an improvement promised against a pain point. */
public record ImprovementId(UUID value) {

	@Override
	public String toString() {
		return this.value.toString();
	}

}
