package org.shopfront.feedback;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.shopfront.notify.Notice;
import org.shopfront.notify.Notice.Link;
import org.shopfront.notify.Notice.Text;
import org.shopfront.notify.Notifying;
import org.shopfront.people.Directory;
import org.shopfront.people.Unit;
import org.shopfront.people.UserId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The trust pulse: every {@code shopfront.feedback.pulse-every} (a quarter) each business
 * unit's head is asked how much they trust IT to deliver (0 to 10) and what would make
 * them trust IT more. The schedule only looks at the clock and the last round, so a
 * missed tick or a restart asks nobody twice; two nodes racing for a round are decided by
 * the round's unique number.
 */
@Service
class TrustPulse {

	private static final Logger log = LoggerFactory.getLogger(TrustPulse.class);

	private final Pulses pulses;

	private final Directory directory;

	private final Notifying notifying;

	private final FeedbackLinks links;

	private final FeedbackProperties properties;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	TrustPulse(Pulses pulses, Directory directory, Notifying notifying, FeedbackLinks links,
			FeedbackProperties properties, ApplicationEventPublisher events, PlatformTransactionManager transactions,
			Clock clock) {
		this.pulses = pulses;
		this.directory = directory;
		this.notifying = notifying;
		this.links = links;
		this.properties = properties;
		this.events = events;
		this.transactions = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/** How an attempt to answer ended. */
	enum Outcome {

		ANSWERED, ALREADY_ANSWERED

	}

	@Scheduled(initialDelayString = "${shopfront.feedback.pulse-check-every:1h}",
			fixedDelayString = "${shopfront.feedback.pulse-check-every:1h}")
	void tick() {
		if (this.properties.pulseEnabled()) {
			askIfDue();
		}
	}

	/**
	 * Starts a round and asks every unit head, if the last round is a cadence ago (or
	 * there was none) and some unit has a head.
	 * @return how many heads were asked
	 */
	int askIfDue() {
		try {
			Integer asked = this.transactions.execute(status -> startRound());
			return (asked == null) ? 0 : asked;
		}
		catch (DuplicateKeyException anotherNodeStartedIt) {
			log.debug("Another node started this trust pulse round");
			return 0;
		}
	}

	private int startRound() {
		Instant now = this.clock.instant();
		Optional<Pulses.Round> last = this.pulses.latestRound();
		if (last.isPresent() && now.isBefore(nextAfter(last.get().askedAt()))) {
			return 0;
		}
		List<Unit> led = this.directory.units().stream().filter(unit -> unit.headId() != null).toList();
		if (led.isEmpty()) {
			return 0;
		}
		Pulses.Round round = new Pulses.Round(UUID.randomUUID(), last.map(Pulses.Round::number).orElse(0) + 1, now);
		this.pulses.insertRound(round);
		for (Unit unit : led) {
			PulseQuestion question = new PulseQuestion(UUID.randomUUID(), round.id(), unit.id(), unit.headId(), now,
					null, null, null);
			this.pulses.insertQuestion(question);
			this.notifying.send(notice(question, unit));
		}
		return led.size();
	}

	private Instant nextAfter(Instant asked) {
		return asked.atOffset(ZoneOffset.UTC).plus(this.properties.pulseEvery()).toInstant();
	}

	private Notice notice(PulseQuestion question, Unit unit) {
		return new Notice("trust-pulse:" + question.id(), question.headId(), "trust-pulse",
				Text.of("feedback.pulse.notice.subject", unit.name()),
				List.of(Text.of("feedback.pulse.notice.line", unit.name()), Text.of("feedback.pulse.notice.questions"),
						Text.of("feedback.pulse.notice.valid", this.links.validDays())),
				List.of(Link.to(this.links.pulse(question.id(), question.headId()), "feedback.pulse.notice.link")));
	}

	/** The question a pulse link opens, if the link is valid and names its head. */
	Optional<PulseQuestion> byLink(String token) {
		return this.links.readPulse(token)
			.flatMap(opened -> this.pulses.find(opened.question())
				.filter(question -> question.headId().equals(opened.person())));
	}

	/** Records the head's answer, once. */
	Outcome answer(PulseQuestion question, UserId head, int score, String comment) {
		if (!question.headId().equals(head)) {
			throw new IllegalArgumentException("Only the head asked may answer");
		}
		return this.transactions.execute(status -> {
			Instant now = this.clock.instant();
			if (!this.pulses.answer(question.id(), score, comment, now)) {
				return Outcome.ALREADY_ANSWERED;
			}
			this.events.publishEvent(new TrustPulseAnswered(question.unitId(), score, now));
			return Outcome.ANSWERED;
		});
	}

}
