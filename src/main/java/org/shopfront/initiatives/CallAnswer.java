package org.shopfront.initiatives;

/** What a sponsor can answer when told a promise of their initiative is at risk. */
enum CallAnswer {

	/** Take work out (saying what goes) so that the budget and date hold. */
	RESCOPE,
	/** Give it more time: a new date. */
	MORE_TIME,
	/** Give it more money: how much more. */
	MORE_MONEY,
	/** Stop the initiative. */
	STOP

}
