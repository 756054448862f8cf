package org.shopfront.notify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/**
 * A GreenMail SMTP server on a port of its own that a test can stop and start again on
 * the same port, and the parts of the mails it received.
 */
public final class Mails {

	private final int port;

	private GreenMail server;

	public Mails() {
		this.port = freePort();
	}

	public int port() {
		return this.port;
	}

	public Mails start() {
		this.server = new GreenMail(new ServerSetup(this.port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		this.server.start();
		return this;
	}

	public void stop() {
		if (this.server != null) {
			this.server.stop();
			this.server = null;
		}
	}

	/** The mails received (since the last start) for one address. */
	public List<MimeMessage> to(String address) {
		return Arrays.stream(this.server.getReceivedMessages()).filter(message -> {
			try {
				return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
					.anyMatch(recipient -> recipient.toString().equals(address));
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	public List<MimeMessage> all() {
		return List.of(this.server.getReceivedMessages());
	}

	/** Waits (polling, up to ten seconds) until at least so many mails arrived. */
	public boolean waitFor(int count) {
		return this.server.waitForIncomingEmail(10_000, count);
	}

	public static String text(MimeMessage message) {
		return part(message, "text/plain");
	}

	public static String html(MimeMessage message) {
		return part(message, "text/html");
	}

	/** The target of the link with this label in an HTML mail. */
	public static String link(String html, String label) {
		Matcher matcher = Pattern.compile("<a href=\"([^\"]+)\"[^>]*>" + Pattern.quote(label) + "</a>").matcher(html);
		if (!matcher.find()) {
			throw new AssertionError("No link labelled " + label + " in " + html);
		}
		return matcher.group(1);
	}

	/** The target of the first link whose label starts so in an HTML mail. */
	public static String linkStartingWith(String html, String labelStart) {
		Matcher matcher = Pattern.compile("<a href=\"([^\"]+)\"[^>]*>" + Pattern.quote(labelStart) + "[^<]*</a>")
			.matcher(html);
		if (!matcher.find()) {
			throw new AssertionError("No link labelled " + labelStart + "… in " + html);
		}
		return matcher.group(1);
	}

	private static String part(Part part, String type) {
		try {
			if (part.isMimeType(type)) {
				return (String) part.getContent();
			}
			if (part.getContent() instanceof Multipart multipart) {
				for (int i = 0; i < multipart.getCount(); i++) {
					BodyPart body = multipart.getBodyPart(i);
					String found = part(body, type);
					if (found != null) {
						return found;
					}
				}
			}
			return null;
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
