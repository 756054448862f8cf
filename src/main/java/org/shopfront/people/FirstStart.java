package org.shopfront.people;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On a fresh install without the demo, makes sure someone can sign in: the administrator
 * named by {@code SHOPFRONT_ADMIN_USER} and {@code SHOPFRONT_ADMIN_PASSWORD}, or, when
 * they are not set, a one-time setup link written to the log. Does nothing once an
 * administrator exists.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 100)
@ConditionalOnProperty(name = "shopfront.demo.enabled", havingValue = "false", matchIfMissing = true)
class FirstStart implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstStart.class);

	private final FirstAdmin firstAdmin;

	private final SetupLinks links;

	private final PasswordPolicy policy;

	private final String username;

	private final String password;

	private final String email;

	FirstStart(FirstAdmin firstAdmin, SetupLinks links, PasswordPolicy policy,
			@Value("${shopfront.admin.user:}") String username, @Value("${shopfront.admin.password:}") String password,
			@Value("${shopfront.admin.email:}") String email) {
		this.firstAdmin = firstAdmin;
		this.links = links;
		this.policy = policy;
		this.username = username.strip();
		this.password = password;
		this.email = email.strip();
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.firstAdmin.needed()) {
			return;
		}
		if (this.username.isEmpty() || this.password.isEmpty()) {
			log.warn(
					"No administrator yet. Open this link within {} hours to choose the first one's name and "
							+ "password (or set SHOPFRONT_ADMIN_USER and SHOPFRONT_ADMIN_PASSWORD and restart): {}",
					this.links.validFor().toHours(), this.links.newLink());
			return;
		}
		this.policy.problem(this.username, this.password).ifPresent(rule -> {
			throw new IllegalStateException(
					"SHOPFRONT_ADMIN_PASSWORD breaks the password policy (" + rule + "): use at least "
							+ PasswordPolicy.MIN_LENGTH + " characters, not the user name and not a common password");
		});
		String mail = this.email.isEmpty() ? this.username.toLowerCase(Locale.ROOT) + "@localhost" : this.email;
		FirstAdmin.Outcome outcome = this.firstAdmin.create(this.username, this.username, mail, this.password);
		if (outcome == FirstAdmin.Outcome.CREATED) {
			log.info("Created the first administrator, {}, from SHOPFRONT_ADMIN_USER", this.username);
		}
	}

}
