package org.shopfront.shared;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.shopfront.MovingClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.modulith.events.EventPublication.Status;
import org.springframework.modulith.events.config.StalenessProperties;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An event listener of any module that fails is run again while the application runs, not
 * only after a restart: at the next retry round when its failure was recorded, and once
 * its publication has gone stale when it could not be (the database was away for that
 * too, or the node died). The test drives the rounds and the staleness check itself and
 * moves the registry's clock.
 */
@SpringBootTest
@Import({ MovingClock.Config.class, FailedListenerRetriesTests.FailingOnce.class })
class FailedListenerRetriesTests {

	@Autowired
	FailedListenerRetries retries;

	@Autowired
	EventPublicationRegistry registry;

	@Autowired
	StalenessProperties staleness;

	@Autowired
	FailingOnce listener;

	@Autowired
	MovingClock clock;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aListenerThatFailedOnceCompletesAtTheNextRoundWithoutARestart() {
		UUID id = publish();
		awaitStatus(id, "FAILED");
		assertThat(this.listener.runs(id)).isOne();

		this.retries.resubmit();

		awaitStatus(id, "COMPLETED");
		assertThat(this.listener.runs(id)).isEqualTo(2);
	}

	@Test
	void aListenerWhoseFailureWasNeverRecordedRunsAgainOnceItsPublicationIsStale() {
		UUID id = publish();
		awaitStatus(id, "FAILED");
		// As when the database went away while the listener ran: its failure could not be
		// written, and the publication stays PROCESSING.
		this.jdbc.sql("update event_publication set status = 'PROCESSING' where serialized_event like :id")
			.param("id", "%" + id + "%")
			.update();

		this.registry.markStalePublicationsFailed(this.staleness);
		this.retries.resubmit();
		assertThat(status(id)).isEqualTo("PROCESSING");

		this.clock.move(this.staleness.getStaleness(Status.PROCESSING).plusSeconds(1));
		this.registry.markStalePublicationsFailed(this.staleness);
		this.retries.resubmit();

		awaitStatus(id, "COMPLETED");
		assertThat(this.listener.runs(id)).isEqualTo(2);
	}

	private UUID publish() {
		UUID id = UUID.randomUUID();
		this.transactions.executeWithoutResult((tx) -> this.events.publishEvent(new SomethingHappened(id)));
		return id;
	}

	private void awaitStatus(UUID id, String status) {
		await(status).atMost(Duration.ofSeconds(20)).until(() -> status.equals(status(id)));
	}

	private String status(UUID id) {
		return this.jdbc.sql("select status from event_publication where serialized_event like :id")
			.param("id", "%" + id + "%")
			.query(String.class)
			.single();
	}

	/** An event only this test publishes. */
	record SomethingHappened(UUID id) {
	}

	/** A listener that fails the first time it sees an event and succeeds after. */
	static class FailingOnce {

		private final Map<UUID, AtomicInteger> runs = new ConcurrentHashMap<>();

		@ApplicationModuleListener
		void on(SomethingHappened event) {
			if (this.runs.computeIfAbsent(event.id(), (id) -> new AtomicInteger()).incrementAndGet() == 1) {
				throw new IllegalStateException("The database is away");
			}
		}

		int runs(UUID id) {
			return this.runs.getOrDefault(id, new AtomicInteger()).get();
		}

	}

}
