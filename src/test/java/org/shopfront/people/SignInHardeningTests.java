package org.shopfront.people;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.shopfront.MovingClock;
import org.shopfront.people.PeopleFixture.Someone;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Password guessing is slowed for the form and HTTP basic: per account and per client
 * address, a growing wait and then a temporary lock during which even the right password
 * is refused, with a plain "try again in N minutes"; an admin can lift the lock. The
 * session id changes at sign-in. Each test guesses from its own address.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MovingClock.Config.class)
class SignInHardeningTests {

	private static final AtomicInteger addresses = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	MovingClock clock;

	@Test
	void thirtyWrongPasswordsThroughTheFormLockTheAccountAgainstTheRightOne() throws Exception {
		Someone victim = new PeopleFixture(this.context).someone("Guessed Person");
		RequestPostProcessor attacker = from(newAddress());
		// A patient attacker waits two minutes between guesses, past every growing wait.
		for (int guess = 0; guess < 30; guess++) {
			this.mvc.perform(signIn(victim.username(), "guess-" + guess).with(attacker))
				.andExpect(redirectedUrl("/login?error"));
			this.clock.move(Duration.ofMinutes(2));
		}
		MockHttpSession session = new MockHttpSession();
		this.mvc.perform(signIn(victim.username(), victim.password()).with(attacker))
			.andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(signIn(victim.username(), victim.password()).with(from(newAddress())).session(session))
			.andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(get("/login?error").session(session))
			.andExpect(content().string(containsString("Too many failed sign-ins. Try again in")))
			.andExpect(content().string(containsString("minutes.")));
		this.clock.move(Duration.ofMinutes(16));
		this.mvc.perform(signIn(victim.username(), victim.password()).with(attacker)).andExpect(redirectedUrl("/"));
	}

	@Test
	void thirtyQuickWrongPasswordsThroughBasicAreAnsweredWithTooManyRequests() throws Exception {
		Someone victim = new PeopleFixture(this.context).someone("Basic Victim");
		RequestPostProcessor attacker = from(newAddress());
		for (int guess = 0; guess < 30; guess++) {
			this.mvc.perform(get("/api/orders").with(httpBasic(victim.username(), "guess-" + guess)).with(attacker));
		}
		this.mvc.perform(get("/api/orders").with(httpBasic(victim.username(), victim.password())).with(attacker))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andExpect(jsonPath("$.title").value("Too many sign-in attempts"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("Too many failed sign-ins.")));
	}

	@Test
	void anAddressGuessingManyAccountsIsSlowedForEveryAccount() throws Exception {
		PeopleFixture people = new PeopleFixture(this.context);
		Someone bystander = people.someone("Shared Office Person");
		RequestPostProcessor office = from(newAddress());
		for (int guess = 0; guess < 25; guess++) {
			this.mvc.perform(get("/api/orders").with(httpBasic("nobody-" + guess, "guess")).with(office));
		}
		this.mvc.perform(get("/api/orders").with(httpBasic(bystander.username(), bystander.password())).with(office))
			.andExpect(status().isTooManyRequests());
		this.mvc
			.perform(get("/api/orders").with(httpBasic(bystander.username(), bystander.password()))
				.with(from(newAddress())))
			.andExpect(status().isOk());
	}

	@Test
	void anAdminUnlocksALockedAccountFromThePeoplePage() throws Exception {
		PeopleFixture people = new PeopleFixture(this.context);
		Someone locked = people.someone("Locked Person");
		Someone admin = people.someone("Unlocking Admin", Role.ADMIN);
		RequestPostProcessor attacker = from(newAddress());
		for (int guess = 0; guess < 12; guess++) {
			this.mvc.perform(get("/api/orders").with(httpBasic(locked.username(), "guess-" + guess)).with(attacker));
			this.clock.move(Duration.ofMinutes(2));
		}
		RequestPostProcessor owner = from(newAddress());
		this.mvc.perform(get("/api/orders").with(httpBasic(locked.username(), locked.password())).with(owner))
			.andExpect(status().isTooManyRequests());
		this.mvc.perform(get("/admin/users").with(httpBasic(admin.username(), admin.password())))
			.andExpect(content().string(containsString("Locked until")));
		this.mvc
			.perform(post("/admin/users/{id}/unlock", locked.id().value()).with(csrf())
				.with(httpBasic(admin.username(), admin.password())))
			.andExpect(redirectedUrl("/admin/users"));
		this.mvc.perform(get("/api/orders").with(httpBasic(locked.username(), locked.password())).with(owner))
			.andExpect(status().isOk());
	}

	@Test
	void signingInGivesANewSessionId() throws Exception {
		Someone someone = new PeopleFixture(this.context).someone("Fixated Person");
		MockHttpSession session = new MockHttpSession();
		String before = session.getId();
		this.mvc.perform(get("/login").session(session)).andExpect(status().isOk());
		MvcResult signedIn = this.mvc.perform(signIn(someone.username(), someone.password()).session(session))
			.andExpect(redirectedUrl("/"))
			.andReturn();
		assertThat(signedIn.getRequest().getSession().getId()).isNotEqualTo(before);
	}

	private static MockHttpServletRequestBuilder signIn(String username, String password) {
		return post("/login").param("username", username).param("password", password).with(csrf());
	}

	private static String newAddress() {
		return "198.51.100." + addresses.incrementAndGet();
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
