package org.shopfront.notify;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The deliveries (mails, webhooks) still owed ({@code shopfront_notices_pending}): a
 * figure that keeps growing means a channel is down. Read from the outbox at each scrape.
 */
@Component
class NoticeMeters {

	NoticeMeters(MeterRegistry registry, JdbcClient jdbc) {
		Gauge
			.builder("shopfront.notices.pending",
					() -> jdbc.sql("select count(*) from notice_delivery where state in ('PENDING', 'SENDING')")
						.query(Long.class)
						.single())
			.description("Notice deliveries not yet sent")
			.register(registry);
	}

}
