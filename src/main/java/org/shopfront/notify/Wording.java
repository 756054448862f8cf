package org.shopfront.notify;

import java.time.Instant;
import java.util.List;

import org.shopfront.shared.Formats;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes a {@link Notice} out in words from the message bundle, in the language notices
 * are written in.
 */
@Component
class Wording {

	private final MessageSource messages;

	private final Formats formats;

	private final NotifyProperties properties;

	Wording(MessageSource messages, Formats formats, NotifyProperties properties) {
		this.messages = messages;
		this.formats = formats;
		this.properties = properties;
	}

	NoticeContent write(Notice notice) {
		return new NoticeContent(text(notice.subject()), notice.lines().stream().map(this::text).toList(),
				notice.links().stream().map(link -> new NoticeContent.Action(text(link.label()), link.url())).toList());
	}

	private String text(Notice.Text text) {
		List<Object> args = text.args().stream().map(this::argument).toList();
		return this.messages.getMessage(text.code(), args.toArray(), this.properties.locale());
	}

	private Object argument(Object arg) {
		return (arg instanceof Instant instant) ? this.formats.date(instant) : arg;
	}

}
