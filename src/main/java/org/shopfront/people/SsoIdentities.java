package org.shopfront.people;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.shopfront.shared.Timestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which person an OpenID provider's subject signs in as. */
@Repository
class SsoIdentities {

	private final JdbcClient jdbc;

	SsoIdentities(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<UserId> find(String issuer, String subject) {
		return this.jdbc.sql("select user_id from sso_identity where issuer = :issuer and subject = :subject")
			.param("issuer", issuer)
			.param("subject", subject)
			.query(UUID.class)
			.optional()
			.map(UserId::new);
	}

	void link(String issuer, String subject, UserId user, Instant at) {
		this.jdbc.sql("""
				insert into sso_identity (issuer, subject, user_id, created_at)
				values (:issuer, :subject, :user, :at)
				""")
			.param("issuer", issuer)
			.param("subject", subject)
			.param("user", user.value())
			.param("at", Timestamps.param(at))
			.update();
	}

}
