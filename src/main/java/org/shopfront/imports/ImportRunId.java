package org.shopfront.imports;

import java.util.UUID;

/** Identifies one import of tickets. */
public record ImportRunId(UUID value) {

	@Override
	public String toString() {
		return this.value.toString();
	}

}
