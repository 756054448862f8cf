package org.shopfront.notify;

import java.util.List;

/**
 * A notice as written out when it was sent: the words every channel shows, so that the
 * mail, the webhook and the inbox say the same and a later change to the message bundle
 * does not rewrite what someone was told.
 */
record NoticeContent(String subject, List<String> lines, List<Action> actions) {

	NoticeContent {
		lines = List.copyOf(lines);
		actions = List.copyOf(actions);
	}

	/** A link with its label; the URL is a path inside Shopfront or an absolute URL. */
	record Action(String label, String url) {

		/** The URL to use outside the application (mails, webhooks). */
		public String absoluteUrl(String baseUrl) {
			if (this.url.startsWith("/")) {
				return baseUrl.replaceAll("/+$", "") + this.url;
			}
			return this.url;
		}

	}

}
