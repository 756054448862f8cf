package org.shopfront.notify;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.DefaultResourceLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A mail's plain-text part is plain text: what the notice says, the name included,
 * reaches the reader as written, with no HTML entities in it.
 */
class MailTextTests {

	@Test
	void theTextPartCarriesNamesAndWordsAsWrittenWithoutHtmlEscapes() {
		Outgoing mail = Outgoing
			.claimed(Channel.EMAIL, "siobhan@example.com", "order-placed", "Siobhán O'Connor",
					new NoticeContent("We received your order 7: R&D laptop <15\">",
							List.of("It's on its way & due Friday."), List.of()),
					Instant.parse("2026-12-03T10:00:00Z"));

		String text = writing().text(mail);

		assertThat(text).contains("Hello Siobhán O'Connor,")
			.contains("We received your order 7: R&D laptop <15\">")
			.contains("It's on its way & due Friday.")
			.doesNotContain("&#39;")
			.doesNotContain("&amp;")
			.doesNotContain("&lt;");
	}

	private MailWriting writing() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages/messages");
		messages.setDefaultEncoding("UTF-8");
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(new NotifyConfiguration().notifyTextTemplates());
		engine.setTemplateEngineMessageSource(messages);
		NotifyProperties properties = new NotifyProperties("shopfront@example.com", "Shopfront",
				URI.create("https://shop.example.com"), Locale.ENGLISH, null, null);
		return new MailWriting(engine, new DefaultResourceLoader(), properties);
	}

}
