package org.shopfront.people;

import org.junit.jupiter.api.Test;
import org.shopfront.ShopfrontTest;
import org.shopfront.people.PeopleFixture.Someone;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Signing in over HTTP basic, where the password encoder remembers recent successes: an
 * admin's change to an account must still take effect on the very next request.
 */
@ShopfrontTest
class SignInTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Test
	void usernamesAreCaseInsensitive() throws Exception {
		Someone someone = new PeopleFixture(this.context).someone("Case Person");
		this.mvc.perform(get("/api/orders").with(httpBasic(someone.username().toUpperCase(), someone.password())))
			.andExpect(status().isOk());
	}

	@Test
	void aDisabledAccountIsTurnedAwayEvenWithARememberedPassword() throws Exception {
		PeopleFixture people = new PeopleFixture(this.context);
		Someone leaver = people.someone("Leaving Person");
		this.mvc.perform(get("/api/orders").with(httpBasic(leaver.username(), leaver.password())))
			.andExpect(status().isOk());
		people.edit(leaver, false, "");
		this.mvc.perform(get("/api/orders").with(httpBasic(leaver.username(), leaver.password())))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void aChangedPasswordReplacesTheRememberedOneAtOnce() throws Exception {
		PeopleFixture people = new PeopleFixture(this.context);
		Someone someone = people.someone("Forgetful Person");
		this.mvc.perform(get("/api/orders").with(httpBasic(someone.username(), someone.password())))
			.andExpect(status().isOk());
		people.edit(someone, true, "a-brand-new-password");
		this.mvc.perform(get("/api/orders").with(httpBasic(someone.username(), someone.password())))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/orders").with(httpBasic(someone.username(), "a-brand-new-password")))
			.andExpect(status().isOk());
	}

}
