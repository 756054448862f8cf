package org.shopfront.notify;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookPayloadTests {

	static final NoticeContent CONTENT = new NoticeContent("Order 10001 <urgent> & late", List.of("Line one"),
			List.of(new NoticeContent.Action("See your order", "/orders/1"),
					new NoticeContent.Action("Answer", "https://answers.example.org/a?t=x")));

	@Test
	void writesSlackMarkupWithPeoplesTextEscaped() {
		Map<String, Object> slack = WebhookSender.payload(WebhookFlavour.SLACK, CONTENT, "https://sf.example.org/");

		assertThat(slack).containsOnlyKeys("text");
		assertThat(slack.get("text")).isEqualTo("""
				*Order 10001 &lt;urgent&gt; &amp; late*
				Line one
				<https://sf.example.org/orders/1|See your order>
				<https://answers.example.org/a?t=x|Answer>""");
	}

	@Test
	void writesATeamsMessageCardWithOneButtonPerLink() {
		Map<String, Object> teams = WebhookSender.payload(WebhookFlavour.TEAMS, CONTENT, "https://sf.example.org");

		assertThat(teams).containsEntry("@type", "MessageCard")
			.containsEntry("title", "Order 10001 <urgent> & late")
			.containsEntry("text", "Line one");
		assertThat(teams.get("potentialAction")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
			.hasSize(2)
			.first()
			.isEqualTo(Map.of("@type", "OpenUri", "name", "See your order", "targets",
					List.of(Map.of("os", "default", "uri", "https://sf.example.org/orders/1"))));
	}

}
