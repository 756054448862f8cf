package org.shopfront.notify;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends what the outbox owes. A new delivery is stored claimed by the node that stored
 * it, which sends it right after the commit ({@link #send}); due deliveries (retries, and
 * those a crashed node left behind when its lease ran out) are claimed one by one with a
 * conditional UPDATE (see {@link Deliveries#claim}) every poll interval. Each is sent and
 * marked sent, or due again after a pause that doubles with each failure.
 * <p>
 * The send and the mark cannot be one transaction: if a node dies after the channel took
 * a message and before the mark commits, the lease runs out and another node sends it
 * again. That window is the time of one UPDATE, and for deliveries sent right after their
 * commit the mark window before it (50 ms, {@link SentMarks}); mails carry a Message-ID
 * made from the delivery id, so such a rare duplicate is recognisable as one (some mail
 * systems hide it).
 */
@Component
class DeliveringNotices {

	private static final Logger log = LoggerFactory.getLogger(DeliveringNotices.class);

	private final Deliveries deliveries;

	private final Map<Channel, Sender> senders = new EnumMap<>(Channel.class);

	private final NotifyProperties.Delivery settings;

	private final Backoff backoff;

	private final TaskExecutor executor;

	private final Clock clock;

	private final AtomicBoolean nudged = new AtomicBoolean();

	private final SentMarks marks;

	DeliveringNotices(Deliveries deliveries, List<Sender> senders, NotifyProperties properties,
			@Qualifier("applicationTaskExecutor") TaskExecutor executor, SentMarks marks, Clock clock) {
		this.deliveries = deliveries;
		this.marks = marks;
		senders.forEach(sender -> this.senders.put(sender.channel(), sender));
		this.settings = properties.delivery();
		this.backoff = Backoff.of(this.settings);
		this.executor = executor;
		this.clock = clock;
	}

	/**
	 * Sends everything that is due now.
	 * @return how many deliveries went out
	 */
	int deliverDue() {
		int sent = 0;
		List<UUID> due;
		do {
			Instant now = this.clock.instant();
			due = this.deliveries.due(now, this.settings.batchSize());
			for (UUID id : due) {
				Instant claimedAt = this.clock.instant();
				sent += this.deliveries.claim(id, claimedAt, claimedAt.plus(this.settings.lease()))
					.map(this::attempt)
					.orElse(0);
			}
		}
		while (due.size() == this.settings.batchSize());
		return sent;
	}

	@Scheduled(fixedDelayString = "${shopfront.notify.delivery.poll-interval:PT10S}",
			initialDelayString = "${shopfront.notify.delivery.poll-interval:PT10S}")
	void poll() {
		if (this.settings.polling()) {
			// On the task executor: a slow mail server must not hold up the scheduler
			// thread
			// that other modules' jobs share.
			nudge();
		}
	}

	/**
	 * Sends deliveries this node claimed as it stored them (all those of one
	 * transaction), on another thread, so that the request that stored them does not wait
	 * for a channel; those sent are marked with those of other transactions sent within
	 * the same short window ({@link SentMarks}).
	 */
	void send(List<Outgoing> claimed) {
		this.executor.execute(() -> {
			List<Outgoing> sent = claimed.stream().filter(this::sendOrRetry).toList();
			if (!sent.isEmpty()) {
				this.marks.add(sent);
			}
		});
	}

	/**
	 * Asks for a delivery round soon, on another thread; several nudges while one round
	 * waits to start make one round.
	 */
	void nudge() {
		if (this.nudged.compareAndSet(false, true)) {
			this.executor.execute(() -> {
				this.nudged.set(false);
				deliverDue();
			});
		}
	}

	private int attempt(Outgoing outgoing) {
		if (!sendOrRetry(outgoing)) {
			return 0;
		}
		this.deliveries.sent(List.of(outgoing), this.clock.instant());
		return 1;
	}

	/**
	 * Sends; when the channel fails, makes the delivery due again later.
	 * @return whether it was sent
	 */
	private boolean sendOrRetry(Outgoing outgoing) {
		try {
			this.senders.get(outgoing.channel()).send(outgoing);
			return true;
		}
		catch (Exception ex) {
			failed(outgoing, ex);
			return false;
		}
	}

	private void failed(Outgoing outgoing, Exception ex) {
		Instant now = this.clock.instant();
		String error = ex.getClass().getSimpleName() + ": " + ex.getMessage();
		if (this.backoff.givesUp(outgoing.noticeCreatedAt(), now)) {
			log.error("Giving up {} delivery {} to {} after {} attempts: {}", outgoing.channel(), outgoing.deliveryId(),
					outgoing.target(), outgoing.attempts(), error);
			this.deliveries.giveUp(outgoing, error);
			return;
		}
		Instant next = now.plus(this.backoff.after(outgoing.attempts()));
		log.warn("{} delivery {} to {} failed (attempt {}), retrying at {}: {}", outgoing.channel(),
				outgoing.deliveryId(), outgoing.target(), outgoing.attempts(), next, error);
		this.deliveries.retryAt(outgoing, next, error);
	}

}
