package org.shopfront.notify;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Posts a notice to a team channel's incoming webhook, as Slack or Teams JSON. Any answer
 * but 2xx counts as not delivered and is retried like a mail.
 */
@Component
class WebhookSender implements Sender {

	private final RestClient http;

	private final NotifyProperties properties;

	WebhookSender(NotifyProperties properties) {
		SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
		requests.setConnectTimeout(properties.webhook().timeout());
		requests.setReadTimeout(properties.webhook().timeout());
		this.http = RestClient.builder().requestFactory(requests).build();
		this.properties = properties;
	}

	@Override
	public Channel channel() {
		return Channel.WEBHOOK;
	}

	@Override
	public void send(Outgoing outgoing) {
		WebhookFlavour flavour = this.properties.webhook()
			.targets()
			.stream()
			.filter(target -> target.url().toString().equals(outgoing.target()))
			.map(NotifyProperties.Target::flavour)
			.findFirst()
			.orElse(WebhookFlavour.SLACK);
		this.http.post()
			.uri(URI.create(outgoing.target()))
			.contentType(MediaType.APPLICATION_JSON)
			.body(payload(flavour, outgoing.content(), this.properties.baseUrl().toString()))
			.retrieve()
			.toBodilessEntity();
	}

	static Map<String, Object> payload(WebhookFlavour flavour, NoticeContent content, String baseUrl) {
		return switch (flavour) {
			case SLACK -> slack(content, baseUrl);
			case TEAMS -> teams(content, baseUrl);
		};
	}

	/**
	 * Slack's {@code {"text": …}} with mrkdwn: bold subject, lines, {@code <url|label>}
	 * links.
	 */
	private static Map<String, Object> slack(NoticeContent content, String baseUrl) {
		StringBuilder text = new StringBuilder("*").append(slackEscape(content.subject())).append('*');
		content.lines().forEach(line -> text.append('\n').append(slackEscape(line)));
		content.actions()
			.forEach(action -> text.append('\n')
				.append('<')
				.append(action.absoluteUrl(baseUrl))
				.append('|')
				.append(slackEscape(action.label()))
				.append('>'));
		return Map.of("text", text.toString());
	}

	/** A Teams MessageCard: title, text and one OpenUri button per link. */
	private static Map<String, Object> teams(NoticeContent content, String baseUrl) {
		List<Map<String, Object>> actions = content.actions()
			.stream()
			.map(action -> Map.<String, Object>of("@type", "OpenUri", "name", action.label(), "targets",
					List.of(Map.of("os", "default", "uri", action.absoluteUrl(baseUrl)))))
			.toList();
		return Map.of("@type", "MessageCard", "@context", "https://schema.org/extensions", "summary", content.subject(),
				"title", content.subject(), "text", String.join("\n\n", content.lines()), "potentialAction", actions);
	}

	/** Slack reads &, < and > as markup; escaped they show as typed. */
	private static String slackEscape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

}
