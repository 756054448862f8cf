package org.shopfront.people;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The password policy for local accounts. */
class PasswordPolicyTests {

	private final PasswordPolicy policy = new PasswordPolicy();

	@Test
	void acceptsALongUncommonPasswordWithoutTheUserName() {
		assertThat(this.policy.problem("chris", "violet-kettle-ladder")).isEmpty();
	}

	@Test
	void refusesAPasswordShorterThanTwelveCharacters() {
		assertThat(this.policy.problem("chris", "short-pass1")).contains("people.password.tooShort");
	}

	@Test
	void refusesAPasswordContainingTheUserName() {
		assertThat(this.policy.problem("Chris.Customer", "chris.customer-2026")).contains("people.password.username");
	}

	@Test
	void refusesACommonPasswordWhateverItsCase() {
		assertThat(this.policy.problem("chris", "Password12345")).contains("people.password.common");
	}

}
