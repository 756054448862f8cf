package org.shopfront.demand;

import java.util.UUID;

/** Identifies a proposal. */
public record ProposalId(UUID value) {

	public ProposalId {
		if (value == null) {
			throw new IllegalArgumentException("An id needs a value");
		}
	}

	public static ProposalId random() {
		return new ProposalId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
