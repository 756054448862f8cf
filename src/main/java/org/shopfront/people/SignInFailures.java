package org.shopfront.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import org.shopfront.shared.Timestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores failed sign-ins per subject (an account or a client address), shared by all
 * nodes. Written only when a sign-in fails, or when an account with failures signs in or
 * is unlocked.
 */
@Repository
class SignInFailures {

	/** A subject's failures and until when it must wait. */
	record Failures(String subject, int failures, Instant lastFailureAt, Instant blockedUntil) {

		static Failures none(String subject) {
			return new Failures(subject, 0, null, null);
		}

	}

	private final JdbcClient jdbc;

	SignInFailures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Map<String, Failures> find(Collection<String> subjects) {
		return this.jdbc.sql("""
				select subject, failures, last_failure_at, blocked_until from sign_in_throttle
				where subject in (:subjects)
				""")
			.param("subjects", subjects)
			.query(SignInFailures::map)
			.list()
			.stream()
			.collect(Collectors.toMap(Failures::subject, f -> f));
	}

	/**
	 * Counts one more failure (the first again once the last is older than
	 * {@code forgetAfter}) and blocks the subject for the wait that count earns. The row
	 * is locked while it is counted, so failures on several nodes at once all count.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	Failures count(String subject, Instant now, Duration forgetAfter, IntFunction<Duration> waitAfter) {
		this.jdbc.sql("""
				insert into sign_in_throttle (subject, failures, last_failure_at) values (:subject, 0, :now)
				on conflict do nothing
				""").param("subject", subject).param("now", Timestamps.param(now)).update();
		Failures before = this.jdbc.sql("""
				select subject, failures, last_failure_at, blocked_until from sign_in_throttle
				where subject = :subject for update
				""").param("subject", subject).query(SignInFailures::map).single();
		boolean forgotten = before.lastFailureAt().plus(forgetAfter).isBefore(now);
		int failures = forgotten ? 1 : before.failures() + 1;
		Duration wait = waitAfter.apply(failures);
		Instant blockedUntil = wait.isZero() ? null : now.plus(wait);
		this.jdbc.sql("""
				update sign_in_throttle set failures = :failures, last_failure_at = :now, blocked_until = :until
				where subject = :subject
				""")
			.param("failures", failures)
			.param("now", Timestamps.param(now))
			.param("until", Timestamps.param(blockedUntil))
			.param("subject", subject)
			.update();
		return new Failures(subject, failures, now, blockedUntil);
	}

	void forget(String subject) {
		this.jdbc.sql("delete from sign_in_throttle where subject = :subject").param("subject", subject).update();
	}

	/**
	 * Subjects with the given prefix that must still wait, for the admin's people page.
	 */
	List<Failures> blocked(String prefix, Instant now) {
		return this.jdbc.sql("""
				select subject, failures, last_failure_at, blocked_until from sign_in_throttle
				where subject like :prefix and blocked_until > :now
				""")
			.param("prefix", prefix + "%")
			.param("now", Timestamps.param(now))
			.query(SignInFailures::map)
			.list();
	}

	private static Failures map(ResultSet rs, int row) throws SQLException {
		return new Failures(rs.getString("subject"), rs.getInt("failures"), Timestamps.read(rs, "last_failure_at"),
				Timestamps.read(rs, "blocked_until"));
	}

}
