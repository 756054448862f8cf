package org.shopfront.people;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.shopfront.ShopfrontTest;
import org.shopfront.catalog.CatalogFixture;
import org.shopfront.catalog.NeedId;
import org.shopfront.catalog.OfferingId;
import org.shopfront.people.PeopleFixture.Someone;
import org.shopfront.shared.Timestamps;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * API tokens: made by a person for themselves or by an admin for a service account, shown
 * once, stored as a hash, limited to their scopes, refused once expired or revoked, their
 * last use recorded without a write per call; unknown tokens are throttled.
 */
@ShopfrontTest
class ApiTokenTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPersonsTokenIsShownOnceStoredHashedAndSignsInToTheApi() throws Exception {
		Someone someone = new PeopleFixture(this.context).someone("Token Maker");
		String secret = createOwn(someone, "read");
		assertThat(secret).startsWith("sft_").hasSizeGreaterThan(40);
		this.mvc.perform(get("/account/tokens").with(basic(someone)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Reporting")))
			.andExpect(content().string(not(containsString(secret))));
		String stored = this.jdbc.sql("select token_hash from api_token where name = 'Reporting' and owner_id = :o")
			.param("o", someone.id().value())
			.query(String.class)
			.single();
		assertThat(stored).isEqualTo(TokenSecrets.hash(secret)).doesNotContain(secret.substring(4));
		this.mvc.perform(get("/api/orders").with(bearer(secret))).andExpect(status().isOk());
	}

	@Test
	void aTokenIsLimitedToItsScopes() throws Exception {
		Someone someone = new PeopleFixture(this.context).someone("Scoped Person");
		OfferingId offering = offering();
		String reader = createOwn(someone, "read");
		String orderer = createOwn(someone, "order");
		String order = "{\"offeringId\":\"" + offering.value() + "\",\"quantity\":1}";
		this.mvc
			.perform(post("/api/orders").with(bearer(reader)).contentType(MediaType.APPLICATION_JSON).content(order))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/orders").with(bearer(orderer)).contentType(MediaType.APPLICATION_JSON).content(order))
			.andExpect(status().isCreated());
		this.mvc.perform(get("/api/orders").with(bearer(orderer))).andExpect(status().isForbidden());
		this.mvc.perform(get("/api/needs").with(bearer(reader))).andExpect(status().isOk());
	}

	@Test
	void aRevokedOrExpiredTokenIsRefused() throws Exception {
		Someone someone = new PeopleFixture(this.context).someone("Revoking Person");
		String revoked = createOwn(someone, "read");
		this.mvc.perform(get("/api/orders").with(bearer(revoked))).andExpect(status().isOk());
		String id = this.jdbc.sql("select id from api_token where token_hash = :h")
			.param("h", TokenSecrets.hash(revoked))
			.query(String.class)
			.single();
		this.mvc.perform(post("/account/tokens/{id}/revoke", id).with(csrf()).with(basic(someone)))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/api/orders").with(bearer(revoked))).andExpect(status().isUnauthorized());
		String expired = createOwn(someone, "read");
		this.jdbc.sql("update api_token set expires_at = :past where token_hash = :h")
			.param("past", Timestamps.param(Instant.now().minusSeconds(1)))
			.param("h", TokenSecrets.hash(expired))
			.update();
		this.mvc.perform(get("/api/orders").with(bearer(expired))).andExpect(status().isUnauthorized());
	}

	@Test
	void someoneElsesTokenCannotBeRevoked() throws Exception {
		PeopleFixture people = new PeopleFixture(this.context);
		Someone owner = people.someone("Token Owner");
		Someone other = people.someone("Token Stranger");
		String secret = createOwn(owner, "read");
		String id = this.jdbc.sql("select id from api_token where token_hash = :h")
			.param("h", TokenSecrets.hash(secret))
			.query(String.class)
			.single();
		this.mvc.perform(post("/account/tokens/{id}/revoke", id).with(csrf()).with(basic(other)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/orders").with(bearer(secret))).andExpect(status().isOk());
	}

	@Test
	void theLastUseIsRecordedAtMostOnceAMinute() throws Exception {
		Someone someone = new PeopleFixture(this.context).someone("Busy Integration");
		String secret = createOwn(someone, "read");
		this.mvc.perform(get("/api/orders").with(bearer(secret))).andExpect(status().isOk());
		Instant first = lastUsed(secret);
		assertThat(first).isNotNull();
		this.mvc.perform(get("/api/orders").with(bearer(secret))).andExpect(status().isOk());
		assertThat(lastUsed(secret)).isEqualTo(first);
	}

	@Test
	void anAdminMakesATokenForAServiceAccountWhichHasNoPassword() throws Exception {
		Someone admin = new PeopleFixture(this.context).someone("Token Admin", Role.ADMIN);
		this.mvc
			.perform(post("/admin/service-accounts/new").with(csrf())
				.with(basic(admin))
				.param("username", "crm-sync")
				.param("displayName", "CRM sync")
				.param("email", "crm-team@example.org")
				.param("roles", "CUSTOMER"))
			.andExpect(status().is3xxRedirection());
		String serviceAccount = this.jdbc.sql("select id from app_user where username = 'crm-sync'")
			.query(String.class)
			.single();
		Object created = this.mvc
			.perform(post("/admin/tokens").with(csrf())
				.with(basic(admin))
				.param("owner", serviceAccount)
				.param("name", "CRM")
				.param("scopes", "READ")
				.param("days", "30"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getFlashMap()
			.get("created");
		String secret = ((ManagingTokens.Created) created).secret();
		this.mvc.perform(get("/api/orders").with(bearer(secret))).andExpect(status().isOk());
		this.mvc.perform(get("/api/orders").with(httpBasic("crm-sync", ""))).andExpect(status().isUnauthorized());
		this.mvc
			.perform(post("/admin/tokens").with(csrf())
				.with(basic(admin))
				.param("owner", admin.id().value().toString())
				.param("name", "Not a service")
				.param("scopes", "READ")
				.param("days", "30"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "owner"));
	}

	@Test
	void unknownTokensFromOneAddressAreThrottled() throws Exception {
		RequestPostProcessor prober = request -> {
			request.setRemoteAddr("203.0.113.77");
			return request;
		};
		for (int guess = 0; guess < 25; guess++) {
			this.mvc.perform(get("/api/orders").with(bearer("sft_guess" + guess)).with(prober));
		}
		this.mvc.perform(get("/api/orders").with(bearer("sft_guess-again")).with(prober))
			.andExpect(status().isTooManyRequests());
	}

	@Test
	void theApiDocsDescribeTheBearerScheme() throws Exception {
		Someone someone = new PeopleFixture(this.context).someone("Docs Reader");
		this.mvc.perform(get("/v3/api-docs").with(basic(someone)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\"apiToken\"")))
			.andExpect(content().string(containsString("\"bearer\"")));
	}

	private String createOwn(Someone someone, String scope) throws Exception {
		Map<String, ?> flash = this.mvc
			.perform(post("/account/tokens").with(csrf())
				.with(basic(someone))
				.param("name", "read".equals(scope) ? "Reporting" : "Ordering")
				.param("scopes", scope.toUpperCase())
				.param("days", "90"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getFlashMap();
		return ((ManagingTokens.Created) flash.get("created")).secret();
	}

	private Instant lastUsed(String secret) {
		return this.jdbc.sql("select last_used_at from api_token where token_hash = :h")
			.param("h", TokenSecrets.hash(secret))
			.query((rs, n) -> Timestamps.read(rs, "last_used_at"))
			.single();
	}

	private OfferingId offering() {
		CatalogFixture catalog = new CatalogFixture(this.context);
		NeedId need = catalog.need("Token need");
		return catalog.service(need, catalog.provider("Token team"), "5");
	}

	private static RequestPostProcessor basic(Someone someone) {
		return httpBasic(someone.username(), someone.password());
	}

	private static RequestPostProcessor bearer(String secret) {
		return request -> {
			request.addHeader("Authorization", "Bearer " + secret);
			return request;
		};
	}

}
