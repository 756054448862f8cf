package org.shopfront.shared;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the event listeners of every module again whose run failed, while the application
 * runs: a listener that threw (the database was away, a bug since fixed) is marked failed
 * by Spring Modulith's registry, and one whose failure could not even be written (the
 * database was away for that too) or whose node died is marked failed by Modulith's
 * staleness monitor ({@code spring.modulith.events.staleness.*}) once it has been
 * published, processing or resubmitted too long. Every
 * {@code shopfront.events.resubmit-every} each node hands the failed ones to their
 * listeners again.
 * <p>
 * Safe with several nodes: a node claims a publication with one conditional update before
 * it runs the listener, so two nodes rarely run one at once; when they do (Modulith 2.0.3
 * can claim a publication another node has just completed) the listener's second run
 * changes nothing, because every listener checks what it already did
 * (docs/reliability.md).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class FailedListenerRetries {

	private final FailedEventPublications failed;

	private final ResubmissionOptions options;

	FailedListenerRetries(FailedEventPublications failed,
			@Value("${shopfront.events.resubmit-batch:100}") int batchSize) {
		this.failed = failed;
		this.options = ResubmissionOptions.defaults().withBatchSize(batchSize);
	}

	@Scheduled(initialDelayString = "${shopfront.events.resubmit-every:PT30S}",
			fixedDelayString = "${shopfront.events.resubmit-every:PT30S}")
	void resubmit() {
		this.failed.resubmit(this.options);
	}

}
