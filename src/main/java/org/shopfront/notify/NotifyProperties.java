package org.shopfront.notify;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code shopfront.notify}: who mails come from, where links point, how
 * deliveries are retried and which webhooks are told. The SMTP server itself is Spring
 * Boot's {@code spring.mail.*}; without {@code spring.mail.host} mails are only logged.
 *
 * @param from the sender address of mails
 * @param senderName the sender's display name
 * @param baseUrl the public address of Shopfront, for links in mails and webhooks
 * @param locale the language notices are written in
 * @param delivery how deliveries are attempted and retried
 * @param webhook the team channels that are told
 */
@ConfigurationProperties("shopfront.notify")
record NotifyProperties(@DefaultValue("shopfront@localhost") String from, @DefaultValue("Shopfront") String senderName,
		@DefaultValue("http://localhost:8080") URI baseUrl, @DefaultValue("en") Locale locale,
		@DefaultValue Delivery delivery, @DefaultValue Webhook webhook) {

	/**
	 * @param polling whether this node looks for due deliveries regularly (retries, and
	 * what a crashed node left); off only in tests that drive delivery themselves
	 * @param pollInterval how often each node looks for due deliveries
	 * @param batchSize how many deliveries one node claims at a time
	 * @param lease how long a claim keeps other nodes away; longer than the slowest send
	 * (mail and webhook timeouts) so that two nodes never send the same notice at once
	 * @param firstRetry the wait after the first failure; it doubles with each further
	 * failure
	 * @param maxRetry the longest wait between two attempts
	 * @param giveUpAfter how long after the notice a failing delivery is given up (it
	 * stays in the table, marked failed, and the notice stays in the inbox)
	 * @param markWindow how long deliveries sent right after their commit wait to be
	 * marked sent together in one statement (zero: each transaction's at once)
	 */
	record Delivery(@DefaultValue("true") boolean polling, @DefaultValue("PT10S") Duration pollInterval,
			@DefaultValue("50") int batchSize, @DefaultValue("PT5M") Duration lease,
			@DefaultValue("PT30S") Duration firstRetry, @DefaultValue("PT1H") Duration maxRetry,
			@DefaultValue("P7D") Duration giveUpAfter, @DefaultValue("50ms") Duration markWindow) {
	}

	/**
	 * @param timeout how long a webhook may take to connect and to answer
	 * @param targets the webhooks, each with its URL, JSON flavour and kinds of notice
	 */
	record Webhook(@DefaultValue("PT10S") Duration timeout, List<Target> targets) {

		Webhook {
			targets = (targets == null) ? List.of() : List.copyOf(targets);
		}

	}

	/**
	 * @param url where the JSON is posted
	 * @param flavour {@code slack} or {@code teams}
	 * @param kinds the kinds of notice this channel is told; empty means all
	 */
	record Target(URI url, @DefaultValue("slack") WebhookFlavour flavour, Set<String> kinds) {

		Target {
			kinds = (kinds == null) ? Set.of() : Set.copyOf(kinds);
		}

		boolean wants(String kind) {
			return this.kinds.isEmpty() || this.kinds.contains(kind);
		}

	}

}
