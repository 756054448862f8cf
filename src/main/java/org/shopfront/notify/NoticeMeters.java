package org.shopfront.notify;

import io.micrometer.core.instrument.MeterRegistry;
import org.shopfront.shared.DatabaseGauges;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The deliveries (mails, webhooks) still owed ({@code shopfront_notices_pending}): a
 * figure that keeps growing means a channel is down.
 */
@Component
class NoticeMeters {

	NoticeMeters(MeterRegistry registry, JdbcClient jdbc) {
		DatabaseGauges.count(registry, jdbc, "shopfront.notices.pending", "Notice deliveries not yet sent",
				"select count(*) from notice_delivery where state in ('PENDING', 'SENDING')");
	}

}
