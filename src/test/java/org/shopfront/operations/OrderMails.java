package org.shopfront.operations;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * The SMTP server the packaged application mails to (GreenMail), read as an operator
 * would: which orders' "we received your order" mails arrived, which order was told twice
 * (two different mails: a notice made twice, a fault) and how many mails came again with
 * the Message-ID of one already received (a delivery re-sent after its node died between
 * the server's acceptance and the mark, the window decision 0006 leaves open).
 */
final class OrderMails implements AutoCloseable {

	private static final Pattern ORDER_NUMBER = Pattern.compile("We received your order (\\d+):");

	private final GreenMail server;

	OrderMails() {
		this.server = new GreenMail(new ServerSetup(PackagedApp.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		this.server.start();
	}

	int port() {
		return this.server.getSmtp().getPort();
	}

	/** Order number to the Message-IDs of its mails, and how many mails in all. */
	Received received() throws MessagingException {
		Map<Long, Set<String>> mails = new HashMap<>();
		int count = 0;
		for (MimeMessage message : this.server.getReceivedMessages()) {
			Matcher number = ORDER_NUMBER.matcher(message.getSubject());
			if (number.find()) {
				mails.computeIfAbsent(Long.parseLong(number.group(1)), (n) -> new HashSet<>())
					.add(message.getMessageID());
				count++;
			}
		}
		return new Received(mails, count);
	}

	@Override
	public void close() {
		this.server.stop();
	}

	/**
	 * @param byOrder order number to the distinct Message-IDs of its mails
	 * @param count every order mail received, repeats included
	 */
	record Received(Map<Long, Set<String>> byOrder, int count) {

		boolean has(long order) {
			return this.byOrder.containsKey(order);
		}

		/** Orders told in two different mails. */
		long doubled() {
			return this.byOrder.values().stream().filter((ids) -> ids.size() > 1).count();
		}

		/** Mails that arrived again with the Message-ID of one received before. */
		long resent() {
			return this.count - this.byOrder.values().stream().mapToLong(Set::size).sum();
		}

	}

}
