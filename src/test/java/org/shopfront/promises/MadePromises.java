package org.shopfront.promises;

import java.time.Duration;

import org.shopfront.catalog.OfferingId;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.awaitility.Awaitility.await;

/**
 * Waits until every order of the given offerings has its promise. Promises are made by a
 * listener after the order commits; one made after a test ended would land in the next
 * test sharing the application context and change what it counts.
 */
final class MadePromises {

	private MadePromises() {
	}

	static void awaitAll(JdbcClient jdbc, OfferingId... offerings) {
		for (OfferingId offering : offerings) {
			await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("""
					select count(*) from purchase_order o
					where o.offering_id = :offering and not exists (select 1 from promise p where p.order_id = o.id)
					""").param("offering", offering.value()).query(Long.class).single() == 0);
		}
	}

}
