package org.shopfront.people;

import java.util.List;
import java.util.Map;

import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * A real OpenID provider for tests: Spring Authorization Server in a second application
 * context of the test's JVM, on a random port of 127.0.0.1 (the application under test
 * runs on localhost, so that the two sites' cookies stay apart, as in a browser). Its
 * people, their passwords and the claims their ID tokens carry are fixed below.
 */
final class TestOpenIdProvider implements AutoCloseable {

	static final String CLIENT_ID = "shopfront";

	static final String CLIENT_SECRET = "shopfront-secret";

	/** A person of the provider: name, password and the claims of their ID token. */
	record Person(String username, String password, Map<String, Object> claims) {
	}

	static final Person DANA = new Person("dana", "dana-password",
			Map.of("name", "Dana Doe", "email", "dana@company.example", "email_verified", true, "groups",
					List.of("everyone", "leaders"), "department", "sales-dept"));

	static final Person ERIN = new Person("erin", "erin-password",
			Map.of("name", "Erin Existing", "email", "erin@company.example", "email_verified", true, "groups",
					List.of("everyone"), "department", "unknown-dept"));

	private static final List<Person> PEOPLE = List.of(DANA, ERIN);

	private final ConfigurableApplicationContext context;

	private TestOpenIdProvider(ConfigurableApplicationContext context) {
		this.context = context;
	}

	static TestOpenIdProvider start() {
		ConfigurableApplicationContext context = new SpringApplicationBuilder(Server.class).properties(
				"spring.config.name=test-openid-provider", "server.port=0", "server.address=127.0.0.1",
				"server.servlet.session.cookie.name=PROVIDER_SESSION", "spring.flyway.enabled=false",
				"spring.main.banner-mode=off",
				"spring.autoconfigure.exclude="
						+ "org.springframework.modulith.events.config.EventPublicationAutoConfiguration,"
						+ "org.springframework.modulith.events.jdbc.JdbcEventPublicationAutoConfiguration,"
						+ "org.springframework.modulith.events.config.EventExternalizationAutoConfiguration,"
						+ "org.springframework.modulith.moments.autoconfigure.MomentsAutoConfiguration,"
						+ "org.springframework.modulith.core.config.ApplicationModuleInitializerRuntimeVerification")
			.run();
		return new TestOpenIdProvider(context);
	}

	String issuer() {
		int port = ((WebServerApplicationContext) this.context).getWebServer().getPort();
		return "http://127.0.0.1:" + port;
	}

	/** Lets the application under test sign people in, answering on the given address. */
	void register(String redirectUri) {
		this.context.getBean(InMemoryRegisteredClientRepository.class).save(client(redirectUri));
	}

	@Override
	public void close() {
		this.context.close();
	}

	private static RegisteredClient client(String redirectUri) {
		return RegisteredClient.withId("shopfront-client")
			.clientId(CLIENT_ID)
			.clientSecret("{noop}" + CLIENT_SECRET)
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri(redirectUri)
			.scope(OidcScopes.OPENID)
			.scope(OidcScopes.PROFILE)
			.scope(OidcScopes.EMAIL)
			.clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
			.build();
	}

	/**
	 * The provider's application: Spring Boot's authorization server with these beans.
	 */
	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class Server {

		@Bean
		InMemoryRegisteredClientRepository registeredClients() {
			return new InMemoryRegisteredClientRepository(client("http://localhost/placeholder"));
		}

		@Bean
		UserDetailsService people() {
			return new InMemoryUserDetailsManager(PEOPLE.stream()
				.map(p -> User.withUsername(p.username()).password("{noop}" + p.password()).roles("USER").build())
				.toList());
		}

		@Bean
		OAuth2TokenCustomizer<JwtEncodingContext> claims() {
			return context -> {
				if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
					PEOPLE.stream()
						.filter(p -> p.username().equals(context.getPrincipal().getName()))
						.findFirst()
						.ifPresent(p -> {
							context.getClaims().claim("preferred_username", p.username());
							p.claims().forEach((name, value) -> context.getClaims().claim(name, value));
						});
				}
			};
		}

	}

}
