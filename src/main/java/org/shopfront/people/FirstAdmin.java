package org.shopfront.people;

import java.time.Clock;
import java.util.EnumSet;

import org.shopfront.shared.Timestamps;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates an install's first administrator, once: from the environment at start-up, or
 * from the one-time setup link. The account and the single {@code first_admin} row are
 * inserted in one transaction, so when several nodes (or a node and a setup page) try at
 * once, exactly one succeeds and the others find an administrator already there.
 */
@Service
class FirstAdmin {

	/** How an attempt to create the first administrator ended. */
	enum Outcome {

		CREATED, ALREADY_THERE

	}

	private final Users users;

	private final PasswordEncoder passwords;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	FirstAdmin(Users users, PasswordEncoder passwords, JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
		this.users = users;
		this.passwords = passwords;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** Whether the install still needs its first administrator. */
	boolean needed() {
		return !this.users.adminExists() && !claimed();
	}

	/**
	 * Creates the administrator unless one exists or another node created the first one
	 * meanwhile. The password must already satisfy the policy.
	 */
	Outcome create(String username, String displayName, String email, String password) {
		if (!needed()) {
			return Outcome.ALREADY_THERE;
		}
		Account admin = Account.create(username, displayName, email, this.passwords.encode(password), null, null,
				EnumSet.of(Role.ADMIN));
		try {
			this.transactions.executeWithoutResult(status -> {
				this.users.insert(admin);
				this.jdbc.sql("insert into first_admin (id, user_id, created_at) values (1, :user, :at)")
					.param("user", admin.id().value())
					.param("at", Timestamps.param(this.clock.instant()))
					.update();
			});
			return Outcome.CREATED;
		}
		catch (DataIntegrityViolationException anotherNodeWasFirst) {
			return Outcome.ALREADY_THERE;
		}
	}

	private boolean claimed() {
		return this.jdbc.sql("select count(*) from first_admin").query(Long.class).single() > 0;
	}

}
