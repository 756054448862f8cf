package org.shopfront.notify;

import java.util.List;
import java.util.Objects;

import org.shopfront.people.UserId;

/**
 * A message for one person, independent of what caused it and of the channels it goes out
 * on: a subject, a few lines and the links the person may follow, each a message key with
 * its arguments so that every word comes from the message bundle.
 *
 * @param key what the notice is about, unique per recipient (for instance
 * {@code order-approved:<order id>}); a notice sent twice with the same key and recipient
 * is kept and delivered once, which makes redelivered events harmless
 * @param recipient who is told
 * @param kind the kind of notice, such as {@code order-approved}: webhooks may be limited
 * to some kinds, and a mail template {@code templates/notify/mail-<kind>.html}, where it
 * exists, replaces the common one
 * @param subject the subject line of the mail and the title in the inbox
 * @param lines the paragraphs
 * @param links what the person can do next; a link is a path inside Shopfront (made
 * absolute with the public base URL for mails and webhooks) or an absolute URL
 */
public record Notice(String key, UserId recipient, String kind, Text subject, List<Text> lines, List<Link> links) {

	public Notice {
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(recipient, "recipient");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(subject, "subject");
		lines = List.copyOf(lines);
		links = List.copyOf(links);
		if (key.length() > 200) {
			throw new IllegalArgumentException("A notice key has at most 200 characters");
		}
	}

	/**
	 * A text from the message bundle. Arguments are strings or numbers; instants are
	 * shown as dates in the company's time zone.
	 */
	public record Text(String code, List<Object> args) {

		public Text {
			Objects.requireNonNull(code, "code");
			args = List.copyOf(args);
		}

		public static Text of(String code, Object... args) {
			return new Text(code, List.of(args));
		}

	}

	/** Something the person can do next, shown as a button in mails and the inbox. */
	public record Link(Text label, String url) {

		public Link {
			Objects.requireNonNull(label, "label");
			Objects.requireNonNull(url, "url");
		}

		public static Link to(String url, String code, Object... args) {
			return new Link(Text.of(code, args), url);
		}

	}

}
