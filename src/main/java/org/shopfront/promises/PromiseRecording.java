package org.shopfront.promises;

/**
 * Records an order's promise as it is made, in the order's transaction, so that the
 * record needs no event publication and no transactions of its own. The ledger implements
 * it; without a ledger the promise is announced by {@link PromiseMade} alone.
 */
public interface PromiseRecording {

	void made(PromiseMade made);

}
