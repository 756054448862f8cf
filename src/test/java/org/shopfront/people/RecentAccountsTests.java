package org.shopfront.people;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RecentAccountsTests {

	private final MovingClock clock = new MovingClock();

	private final RecentAccounts recent = new RecentAccounts(this.clock);

	private final ShopfrontUser ada = new ShopfrontUser(UserId.random(), "ada", "Ada Lovelace", Set.of(Role.CUSTOMER),
			true, "{bcrypt}hash");

	@Test
	void keepsTheHashWhenSpringSecurityErasesThePrincipalItHandedOut() {
		this.recent.putUserInCache(this.ada);
		this.ada.eraseCredentials();
		ShopfrontUser cached = (ShopfrontUser) this.recent.getUserFromCache("ada");
		cached.eraseCredentials();
		assertThat(this.recent.getUserFromCache("ada").getPassword()).isEqualTo("{bcrypt}hash");
	}

	@Test
	void forgetsAnAccountAfterItsTimeToLive() {
		this.recent.putUserInCache(this.ada);
		this.clock.move(RecentAccounts.TTL.minusSeconds(1));
		assertThat(this.recent.getUserFromCache("ada")).isNotNull();
		this.clock.move(Duration.ofSeconds(1));
		assertThat(this.recent.getUserFromCache("ada")).isNull();
	}

	@Test
	void forgetsAnAccountAtOnceWhenItIsRemoved() {
		this.recent.putUserInCache(this.ada);
		this.recent.removeUserFromCache("ada");
		assertThat(this.recent.getUserFromCache("ada")).isNull();
	}

	@Test
	void doesNotKeepAnAccountWhosePasswordWasAlreadyErased() {
		this.ada.eraseCredentials();
		this.recent.putUserInCache(this.ada);
		assertThat(this.recent.getUserFromCache("ada")).isNull();
	}

	private static final class MovingClock extends Clock {

		private Instant now = Instant.parse("2026-11-27T09:00:00Z");

		void move(Duration by) {
			this.now = this.now.plus(by);
		}

		@Override
		public Instant instant() {
			return this.now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

	}

}
