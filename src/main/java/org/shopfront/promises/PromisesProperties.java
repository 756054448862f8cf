package org.shopfront.promises;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How open promises are watched and answered ({@code shopfront.promises.*}); how they are
 * quoted is in {@link ForecastProperties}, the business calendar in
 * {@link CalendarProperties}.
 *
 * @param watchEvery how often the at-risk watch runs
 * @param watchBatch how many promises the watch reads and updates in one transaction; it
 * goes through all of them, batch after batch
 * @param relearnEvery how often each node rebuilds its forecasts from the database, so
 * that it also learns from orders that other nodes handled
 * @param answerLinksValidFor how long the links in a retailer-call mail work
 * @param linkSecret the key that signs answer links; empty: one generated and shared
 * through the database
 */
@ConfigurationProperties("shopfront.promises")
record PromisesProperties(@DefaultValue("15m") Duration watchEvery, @DefaultValue("1000") int watchBatch,
		@DefaultValue("10m") Duration relearnEvery, @DefaultValue("7d") Duration answerLinksValidFor,
		@DefaultValue("") String linkSecret) {

}
