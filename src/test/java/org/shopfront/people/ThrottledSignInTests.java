package org.shopfront.people;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * Signing in while the database is away: the client hears that it is unavailable (503),
 * not that something broke (500).
 */
class ThrottledSignInTests {

	@Test
	void saysTheAccountsAreOutOfReachWhenTheThrottleCannotReadTheDatabase() {
		SignInThrottle throttle = mock(SignInThrottle.class);
		given(throttle.waitFor(any(), any())).willThrow(new CannotGetJdbcConnectionException("database away"));
		ThrottledSignIn signIn = new ThrottledSignIn(mock(AuthenticationProvider.class), throttle);

		assertThatThrownBy(
				() -> signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("someone", "x")))
			.isInstanceOf(InternalAuthenticationServiceException.class)
			.hasCauseInstanceOf(DataAccessException.class);
	}

}
