package org.shopfront.notify;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * Writes the mail for a notice with the Thymeleaf templates in {@code templates/notify}:
 * {@code mail.html} (or {@code mail-<kind>.html} where a kind has its own) and
 * {@code mail.txt} for the plain-text part.
 */
@Component
class MailWriting {

	record Mail(String subject, String html, String text) {
	}

	private final ITemplateEngine templates;

	private final ResourceLoader resources;

	private final NotifyProperties properties;

	private final Map<String, String> htmlTemplates = new ConcurrentHashMap<>();

	MailWriting(ITemplateEngine templates, ResourceLoader resources, NotifyProperties properties) {
		this.templates = templates;
		this.resources = resources;
		this.properties = properties;
	}

	Mail write(Outgoing outgoing) {
		Context context = context(outgoing);
		String html = this.templates.process(htmlTemplate(outgoing.kind()), context);
		return new Mail(outgoing.content().subject(), html, this.templates.process("notify/mail.txt", context));
	}

	/** The plain-text part alone, for a mail that is only logged. */
	String text(Outgoing outgoing) {
		return this.templates.process("notify/mail.txt", context(outgoing));
	}

	private Context context(Outgoing outgoing) {
		Context context = new Context(this.properties.locale());
		String baseUrl = this.properties.baseUrl().toString();
		context.setVariable("name", outgoing.recipientName());
		context.setVariable("notice", outgoing.content());
		context.setVariable("links",
				outgoing.content()
					.actions()
					.stream()
					.map(action -> new NoticeContent.Action(action.label(), action.absoluteUrl(baseUrl)))
					.toList());
		context.setVariable("baseUrl", baseUrl);
		return context;
	}

	/**
	 * A kind's own template, or the common one; looked up in the classpath once per kind.
	 */
	private String htmlTemplate(String kind) {
		return this.htmlTemplates.computeIfAbsent(kind, (k) -> {
			String own = "notify/mail-" + k;
			boolean exists = k.matches("[a-z0-9-]+")
					&& this.resources.getResource("classpath:/templates/" + own + ".html").exists();
			return exists ? own : "notify/mail";
		});
	}

}
