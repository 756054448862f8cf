package org.shopfront.people;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;

class PeopleReadOnceTests {

	private final Person ada = new Person(UserId.random(), "ada", "Ada Lovelace", "ada@example.com", null, null, null,
			Set.of(Role.CUSTOMER));

	private final AtomicInteger reads = new AtomicInteger();

	private final Function<UserId, Optional<Person>> read = (id) -> {
		this.reads.incrementAndGet();
		return Optional.of(this.ada);
	};

	@AfterEach
	void endTheTransaction() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			end();
		}
	}

	@Test
	void aTransactionReadsAPersonOnce() {
		begin();
		assertThat(PeopleReadOnce.find(this.ada.id(), this.read)).contains(this.ada);
		assertThat(PeopleReadOnce.find(this.ada.id(), this.read)).contains(this.ada);
		assertThat(this.reads).hasValue(1);
	}

	@Test
	void theNextTransactionReadsThePersonAgain() {
		begin();
		PeopleReadOnce.find(this.ada.id(), this.read);
		end();
		begin();
		PeopleReadOnce.find(this.ada.id(), this.read);
		assertThat(this.reads).hasValue(2);
	}

	@Test
	void outsideATransactionEveryLookUpReads() {
		PeopleReadOnce.find(this.ada.id(), this.read);
		PeopleReadOnce.find(this.ada.id(), this.read);
		assertThat(this.reads).hasValue(2);
	}

	private static void begin() {
		TransactionSynchronizationManager.initSynchronization();
		TransactionSynchronizationManager.setActualTransactionActive(true);
	}

	private static void end() {
		TransactionSynchronizationManager.getSynchronizations()
			.forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
		TransactionSynchronizationManager.clearSynchronization();
		TransactionSynchronizationManager.setActualTransactionActive(false);
	}

}
