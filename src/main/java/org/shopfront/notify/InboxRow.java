package org.shopfront.notify;

import java.util.List;
import java.util.UUID;

import org.shopfront.shared.Formats;

/**
 * A notice as the inbox page shows it, its times already formatted, its links already
 * made and its words already in the reader's language, so that the item's template places
 * strings and calls nothing, and the item can be rendered once and kept
 * ({@link InboxRowHtml}; issue 14: rendering a full page of notices was the inbox's cost
 * at company size).
 *
 * @param newWord "New" on an unread notice, else null
 * @param markReadWord the "mark as read" button's word on an unread notice, else null
 * @param readHref where "mark as read" posts, with the context path
 */
record InboxRow(UUID id, String subject, List<String> lines, List<NoticeContent.Action> actions, String createdIso,
		String createdAgo, String createdAt, String newWord, String markReadWord, String readHref) {

	InboxRow {
		lines = List.copyOf(lines);
		actions = List.copyOf(actions);
	}

	/** The two words every unread notice shows, looked up once per page. */
	record Words(String fresh, String markRead) {
	}

	public boolean unread() {
		return this.newWord != null;
	}

	/**
	 * The entry worded for the viewer: {@code fmt} and {@code words} in the request's
	 * language.
	 */
	static InboxRow of(InboxEntry entry, Formats fmt, Words words, String contextPath) {
		NoticeContent content = entry.content();
		List<NoticeContent.Action> actions = content.actions()
			.stream()
			.map((a) -> new NoticeContent.Action(a.label(), a.url().startsWith("/") ? contextPath + a.url() : a.url()))
			.toList();
		return new InboxRow(entry.id(), content.subject(), content.lines(), actions, fmt.iso(entry.createdAt()),
				fmt.ago(entry.createdAt()), fmt.dateTime(entry.createdAt()), entry.unread() ? words.fresh() : null,
				entry.unread() ? words.markRead() : null, contextPath + "/inbox/" + entry.id() + "/read");
	}

}
