package org.shopfront.people;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The people a transaction has looked up, so that it reads each person once: placing an
 * order reads its customer, and the notice stored in the same transaction would read the
 * same customer (and an approver) again. Kept only until the transaction ends, so nothing
 * is remembered beyond what one transaction already saw.
 */
final class PeopleReadOnce {

	private static final Object KEY = new Object();

	private PeopleReadOnce() {
	}

	@SuppressWarnings("unchecked")
	static Optional<Person> find(UserId id, Function<UserId, Optional<Person>> read) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()
				|| !TransactionSynchronizationManager.isSynchronizationActive()) {
			return read.apply(id);
		}
		Map<UserId, Optional<Person>> seen = (Map<UserId, Optional<Person>>) TransactionSynchronizationManager
			.getResource(KEY);
		if (seen == null) {
			seen = new HashMap<>();
			TransactionSynchronizationManager.bindResource(KEY, seen);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
				}
			});
		}
		Optional<Person> person = seen.get(id);
		if (person == null) {
			person = read.apply(id);
			seen.put(id, person);
		}
		return person;
	}

}
