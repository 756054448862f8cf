package org.shopfront.people;

import java.time.Duration;

import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks a user name and password (the form and HTTP basic) through the throttle: an
 * account or address that must wait is refused before its password is checked, a wrong
 * password is counted, and a right one forgets the account's failures.
 */
final class ThrottledSignIn implements AuthenticationProvider {

	private final AuthenticationProvider passwords;

	private final SignInThrottle throttle;

	ThrottledSignIn(AuthenticationProvider passwords, SignInThrottle throttle) {
		this.passwords = passwords;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication attempt) {
		try {
			return throttled(attempt);
		}
		catch (DataAccessException ex) {
			// The throttle's records could not be read or written: the database is away,
			// as
			// when the account cannot be read, and the client is told so (503), not a 500
			// from the security filters.
			throw new InternalAuthenticationServiceException(ex.getMessage(), ex);
		}
	}

	private Authentication throttled(Authentication attempt) {
		String username = attempt.getName();
		String address = address(attempt);
		Duration wait = this.throttle.waitFor(username, address);
		if (!wait.isZero()) {
			throw SignInThrottled.forAnother(wait);
		}
		try {
			Authentication authenticated = this.passwords.authenticate(attempt);
			this.throttle.succeeded(username);
			return authenticated;
		}
		catch (BadCredentialsException ex) {
			Duration next = this.throttle.failed(username, address);
			// Once the failures earn a lock, say so now rather than at the next attempt.
			if (next.compareTo(Duration.ofMinutes(1)) >= 0) {
				throw SignInThrottled.forAnother(next);
			}
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return this.passwords.supports(authentication);
	}

	/**
	 * The client's address, as the servlet container saw it (behind a proxy: see README).
	 */
	static String address(Authentication attempt) {
		return (attempt.getDetails() instanceof WebAuthenticationDetails details) ? details.getRemoteAddress() : null;
	}

}
