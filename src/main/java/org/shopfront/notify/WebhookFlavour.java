package org.shopfront.notify;

/** The JSON a webhook understands. */
enum WebhookFlavour {

	/** Slack incoming webhooks (and Mattermost, Rocket.Chat): {@code {"text": …}}. */
	SLACK,

	/** Microsoft Teams incoming webhooks: a MessageCard with buttons. */
	TEAMS

}
