package org.shopfront.notify;

import java.time.Instant;
import java.util.UUID;

/**
 * A delivery this node has claimed and is about to send: the channel and target (a mail
 * address or a webhook URL) with the notice's words.
 */
record Outgoing(UUID deliveryId, UUID claim, Channel channel, String target, int attempts, String kind,
		String recipientName, NoticeContent content, Instant noticeCreatedAt) {

	/**
	 * A new delivery, claimed by this node as it is stored: its first attempt, made right
	 * after the commit without a claim of its own.
	 */
	static Outgoing claimed(Channel channel, String target, String kind, String recipientName, NoticeContent content,
			Instant now) {
		return new Outgoing(UUID.randomUUID(), UUID.randomUUID(), channel, target, 1, kind, recipientName, content,
				now);
	}

}
