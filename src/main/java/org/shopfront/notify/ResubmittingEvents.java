package org.shopfront.notify;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.shopfront.shared.Timestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands events whose notify listener failed (the database was briefly away, say) to the
 * listener again, without waiting for a restart: every few minutes, those published more
 * than {@code resubmitAfter} ago and less than {@code giveUpAfter} ago. Listeners store a
 * notice at most once per key and recipient, so a publication that two nodes resubmit, or
 * one whose listener is merely slow, still tells nobody twice.
 */
@Component
class ResubmittingEvents {

	private static final String LISTENERS = ResubmittingEvents.class.getPackageName() + ".";

	private final IncompleteEventPublications publications;

	private final JdbcClient jdbc;

	private final NotifyProperties.Delivery settings;

	private final Clock clock;

	ResubmittingEvents(IncompleteEventPublications publications, JdbcClient jdbc, NotifyProperties properties,
			Clock clock) {
		this.publications = publications;
		this.jdbc = jdbc;
		this.settings = properties.delivery();
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${shopfront.notify.delivery.resubmit-after:PT5M}",
			initialDelayString = "${shopfront.notify.delivery.resubmit-after:PT5M}")
	void poll() {
		if (this.settings.polling()) {
			resubmit();
		}
	}

	void resubmit() {
		Instant now = this.clock.instant();
		Set<UUID> ours = unfinished(now.minus(this.settings.giveUpAfter()), now.minus(this.settings.resubmitAfter()));
		if (!ours.isEmpty()) {
			this.publications.resubmitIncompletePublications(publication -> ours.contains(publication.getIdentifier()));
		}
	}

	/**
	 * The unfinished publications for notify's listeners, published in the window. The
	 * registry's API does not tell a publication's listener, its table does.
	 */
	private Set<UUID> unfinished(Instant oldest, Instant youngest) {
		return Set.copyOf(this.jdbc.sql("""
				select id from event_publication
				where completion_date is null and listener_id like :listeners
				  and publication_date > :oldest and publication_date < :youngest
				""")
			.param("listeners", LISTENERS + "%")
			.param("oldest", Timestamps.param(oldest))
			.param("youngest", Timestamps.param(youngest))
			.query(UUID.class)
			.list());
	}

}
