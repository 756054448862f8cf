package org.shopfront.demand;

/** The kinds of answer IT can give to a demand. */
public enum OptionKind {

	/** Build it inside, with IT's own teams. */
	BUILD_INSIDE,
	/** Buy a service from an external provider (one of the store's when there is one). */
	BUY_SERVICE,
	/** Extend something the company already has. */
	EXTEND_EXISTING,
	/** Do nothing: what it costs to leave things as they are. */
	DO_NOTHING

}
