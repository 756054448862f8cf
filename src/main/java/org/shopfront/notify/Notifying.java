package org.shopfront.notify;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.shopfront.people.Directory;
import org.shopfront.people.Person;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The notify module's API: tells a person something. Sending stores the notice in the
 * recipient's inbox and one delivery per further channel (their mail address, each
 * webhook that wants this kind) in the caller's transaction, so the notice exists exactly
 * when the change it reports does. After the commit the deliveries go out at once; a
 * channel that is down is retried with growing pauses until it answers.
 */
@Service
public class Notifying {

	private static final Logger log = LoggerFactory.getLogger(Notifying.class);

	private final Directory directory;

	private final Notices notices;

	private final Wording wording;

	private final NotifyProperties properties;

	private final DeliveringNotices delivering;

	private final Clock clock;

	Notifying(Directory directory, Notices notices, Wording wording, NotifyProperties properties,
			DeliveringNotices delivering, Clock clock) {
		this.directory = directory;
		this.notices = notices;
		this.wording = wording;
		this.properties = properties;
		this.delivering = delivering;
		this.clock = clock;
	}

	/**
	 * Stores the notice and its deliveries, unless a notice with the same key was already
	 * sent to the same person.
	 * @return whether the notice was new
	 */
	@Transactional
	public boolean send(Notice notice) {
		Optional<Person> found = this.directory.find(notice.recipient());
		if (found.isEmpty()) {
			log.warn("Notice {} not sent: no person {}", notice.key(), notice.recipient());
			return false;
		}
		Person person = found.get();
		Instant now = this.clock.instant();
		UUID id = UUID.randomUUID();
		if (!this.notices.insert(id, notice, person.displayName(), this.wording.write(notice), now)) {
			return false;
		}
		if (person.email() != null && !person.email().isBlank()) {
			this.notices.addDelivery(id, Channel.EMAIL, person.email(), now);
		}
		this.properties.webhook()
			.targets()
			.stream()
			.filter(target -> target.wants(notice.kind()))
			.map(target -> target.url().toString())
			.distinct()
			.forEach(url -> this.notices.addDelivery(id, Channel.WEBHOOK, url, now));
		deliverAfterCommit();
		return true;
	}

	private void deliverAfterCommit() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					Notifying.this.delivering.nudge();
				}
			});
		}
	}

}
