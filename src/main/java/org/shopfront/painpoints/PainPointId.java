package org.shopfront.painpoints;

import java.util.UUID;

/** Identifies a pain point found by one mining run. */
public record PainPointId(UUID value) {

	@Override
	public String toString() {
		return this.value.toString();
	}

}
