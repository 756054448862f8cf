package org.shopfront;

import java.util.function.Consumer;

import org.springframework.context.ApplicationContext;
import org.springframework.test.util.AopTestUtils;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands an event to a listener again, as the outbox does when it resubmits a publication
 * whose listener had already run, and returns once it is handled. Called on the bean
 * itself, an {@code @ApplicationModuleListener} would run on another thread and return at
 * once, so a test that checks "handled twice counts once" right after would check
 * nothing. Here the listener's own method runs in a transaction of its own, as a listener
 * does, on the test's thread.
 */
public final class Redelivery {

	private final TransactionTemplate transactions;

	public Redelivery(ApplicationContext context) {
		this.transactions = context.getBean(TransactionTemplate.class);
	}

	public <L> void handle(L listener, Consumer<L> delivery) {
		L target = AopTestUtils.getUltimateTargetObject(listener);
		this.transactions.executeWithoutResult((status) -> delivery.accept(target));
	}

}
