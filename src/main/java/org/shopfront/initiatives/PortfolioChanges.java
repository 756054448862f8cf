package org.shopfront.initiatives;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells the {@link Portfolio} its figures changed when an initiative's promise is made,
 * falls at risk or closes, once the change is committed (a read before the commit would
 * keep the old figures). A plain listener, not a module listener: nothing is lost if the
 * node stops before, since the portfolio's figures live in memory only.
 */
@Component
class PortfolioChanges {

	private final Portfolio portfolio;

	PortfolioChanges(Portfolio portfolio) {
		this.portfolio = portfolio;
	}

	@EventListener
	void on(InitiativePromiseMade event) {
		changedOnCommit();
	}

	@EventListener
	void on(InitiativePromiseAtRisk event) {
		changedOnCommit();
	}

	@EventListener
	void on(InitiativePromiseClosed event) {
		changedOnCommit();
	}

	private void changedOnCommit() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			this.portfolio.changed();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				PortfolioChanges.this.portfolio.changed();
			}
		});
	}

}
