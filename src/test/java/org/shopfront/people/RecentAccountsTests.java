package org.shopfront.people;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.shopfront.MovingClock;

import static org.assertj.core.api.Assertions.assertThat;

class RecentAccountsTests {

	private final MovingClock clock = new MovingClock(Instant.parse("2026-11-27T09:00:00Z"));

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

}
