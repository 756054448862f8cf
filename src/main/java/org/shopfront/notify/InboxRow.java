package org.shopfront.notify;

import java.util.List;
import java.util.UUID;

import org.shopfront.shared.Formats;

/**
 * A notice as the inbox page shows it, its times already formatted and its links already
 * made, so that the page's item places strings and calls nothing (issue 14: rendering a
 * full page of notices was the inbox's cost at company size).
 *
 * @param readHref where "mark as read" posts, with the context path
 */
record InboxRow(UUID id, boolean unread, String subject, List<String> lines, List<NoticeContent.Action> actions,
		String createdIso, String createdAgo, String createdAt, String readHref) {

	InboxRow {
		lines = List.copyOf(lines);
		actions = List.copyOf(actions);
	}

	/** The entry worded for the viewer: {@code fmt} formats in the request's language. */
	static InboxRow of(InboxEntry entry, Formats fmt, String contextPath) {
		NoticeContent content = entry.content();
		List<NoticeContent.Action> actions = content.actions()
			.stream()
			.map((a) -> new NoticeContent.Action(a.label(), a.url().startsWith("/") ? contextPath + a.url() : a.url()))
			.toList();
		return new InboxRow(entry.id(), entry.unread(), content.subject(), content.lines(), actions,
				fmt.iso(entry.createdAt()), fmt.ago(entry.createdAt()), fmt.dateTime(entry.createdAt()),
				contextPath + "/inbox/" + entry.id() + "/read");
	}

}
