package org.shopfront.notify;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
 * when the change it reports does. The deliveries are stored claimed by this node for a
 * lease and go out right after the commit, without a claim of their own (decision 0045);
 * a channel that is down is retried with growing pauses until it answers, and a delivery
 * whose node died before sending it is taken over by any node once the lease runs out.
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
		NoticeContent content = this.wording.write(notice);
		if (!this.notices.insert(id, notice, person.displayName(), content, now)) {
			return false;
		}
		List<Outgoing> outgoing = new ArrayList<>();
		if (person.email() != null && !person.email().isBlank()) {
			outgoing.add(
					Outgoing.claimed(Channel.EMAIL, person.email(), notice.kind(), person.displayName(), content, now));
		}
		this.properties.webhook()
			.targets()
			.stream()
			.filter(target -> target.wants(notice.kind()))
			.map(target -> target.url().toString())
			.distinct()
			.forEach(url -> outgoing
				.add(Outgoing.claimed(Channel.WEBHOOK, url, notice.kind(), person.displayName(), content, now)));
		Instant leaseEnd = now.plus(this.properties.delivery().lease());
		outgoing.forEach(delivery -> this.notices.addDelivery(id, delivery, leaseEnd));
		sendAfterCommit(outgoing);
		return true;
	}

	/**
	 * Sends the deliveries after the commit, those of all notices of one transaction
	 * together (an order that waits for approval tells the customer and the manager).
	 */
	private void sendAfterCommit(List<Outgoing> outgoing) {
		if (outgoing.isEmpty()) {
			return;
		}
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			this.delivering.send(outgoing);
			return;
		}
		TransactionSynchronizationManager.getSynchronizations()
			.stream()
			.filter(SendAfterCommit.class::isInstance)
			.map(SendAfterCommit.class::cast)
			.findFirst()
			.ifPresentOrElse(sends -> sends.outgoing.addAll(outgoing), () -> TransactionSynchronizationManager
				.registerSynchronization(new SendAfterCommit(this.delivering, outgoing)));
	}

	/** The deliveries the notices of the current transaction send after its commit. */
	private static final class SendAfterCommit implements TransactionSynchronization {

		private final DeliveringNotices delivering;

		private final List<Outgoing> outgoing;

		SendAfterCommit(DeliveringNotices delivering, List<Outgoing> outgoing) {
			this.delivering = delivering;
			this.outgoing = new ArrayList<>(outgoing);
		}

		@Override
		public void afterCommit() {
			this.delivering.send(this.outgoing);
		}

	}

}
