package org.shopfront.notify;

import java.time.Instant;
import java.util.UUID;

/**
 * A delivery this node has claimed and is about to send: the channel and target (a mail
 * address or a webhook URL) with the notice's words.
 */
record Outgoing(UUID deliveryId, UUID claim, Channel channel, String target, int attempts, String kind,
		String recipientName, NoticeContent content, Instant noticeCreatedAt) {
}
