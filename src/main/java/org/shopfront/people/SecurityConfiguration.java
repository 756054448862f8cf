package org.shopfront.people;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.rememberme.JdbcTokenRepositoryImpl;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;

/**
 * Who may reach which URL. Pages use form login with CSRF and remember-me, and single
 * sign-on when providers are configured (PageSignIn); the API under {@code /api} is
 * stateless, with bearer tokens and optionally HTTP basic (ApiSignIn). Finer rules (a
 * customer sees only their own orders) live in the modules' services and queries.
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

	static final String ADMIN = Role.ADMIN.name();

	static final String SERVICE_OWNER = Role.SERVICE_OWNER.name();

	static final String FULFILLER = Role.FULFILLER.name();

	static final String[] IT_STAFF = { FULFILLER, SERVICE_OWNER, ADMIN };

	/**
	 * Read-only pages for the whole company. Every signed-in person may read them;
	 * anonymous visitors only when {@code shopfront.public-pages} is on.
	 */
	static final String[] PUBLIC_PAGES = { "/pain-points/public", "/scoreboard", "/scoreboard/**" };

	/** The public pages' figures as JSON, under the same switch. */
	static final String[] PUBLIC_API = { "/api/scoreboard", "/api/scoreboard/**" };

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, @Value("${shopfront.public-pages:false}") boolean publicPages,
			ApiSignIn signIn, ApiRefusals refusals) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET, PUBLIC_API)
				.access(publicPages ? (authentication, context) -> new AuthorizationDecision(true)
						: AuthenticatedAuthorizationManager.authenticated())
				.requestMatchers(HttpMethod.POST, "/api/orders/*/take", "/api/orders/*/notes", "/api/orders/*/deliver")
				.hasRole(FULFILLER)
				.requestMatchers(HttpMethod.GET, "/api/fulfilment/**")
				.hasRole(FULFILLER)
				.requestMatchers("/api/manage/**")
				.hasRole(SERVICE_OWNER)
				.requestMatchers("/api/listening/**")
				.hasAnyRole(IT_STAFF)
				.requestMatchers("/api/admin/**")
				.hasRole(ADMIN)
				.anyRequest()
				.authenticated())
			.headers(new SecurityHeaders())
			.exceptionHandling((errors) -> errors.accessDeniedHandler(refusals))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// No cookie signs an API call in, so there is no session for a forged request
			// to ride on.
			.csrf(csrf -> csrf.disable());
		signIn.applyTo(http);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, @Value("${shopfront.public-pages:false}") boolean publicPages,
			PageSignIn signIn, ExpiredForms expiredForms) throws Exception {
		http.authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC_PAGES)
			.access(publicPages ? (authentication, context) -> new AuthorizationDecision(true)
					: AuthenticatedAuthorizationManager.authenticated())
			.requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico", "/error",
					"/actuator/health/**")
			.permitAll()
			// Answer links in retailer-call mails work without signing in; the token is
			// the key.
			.requestMatchers("/answers/*")
			.permitAll()
			// So do the delivery survey's and the trust pulse's links (they ask the
			// person to
			// sign in before an answer is taken), and a fresh install's setup link.
			.requestMatchers("/survey/*", "/pulse/*", "/setup/*")
			.permitAll()
			.requestMatchers("/feedback/trust")
			.hasAnyRole(Role.BUSINESS_LEADER.name(), SERVICE_OWNER, ADMIN)
			.requestMatchers("/promises/orders/*/delay")
			.hasRole(FULFILLER)
			.requestMatchers("/actuator/**")
			.hasRole(ADMIN)
			.requestMatchers("/admin/**")
			.hasRole(ADMIN)
			// Past projects are the IT managers' record: service owners and admins.
			.requestMatchers("/manage/past-projects", "/manage/past-projects/**")
			.hasAnyRole(SERVICE_OWNER, ADMIN)
			.requestMatchers("/manage/**")
			.hasRole(SERVICE_OWNER)
			.requestMatchers("/fulfilment/**")
			.hasRole(FULFILLER)
			// Shadow IT: adding a vendor to the store is a service owner's edit of the
			// catalog; the other actions are IT managers'; the board is IT staff's and
			// unit
			// heads' (a head sees only their units: ShadowBoard).
			.requestMatchers(HttpMethod.POST, "/shadow-it/vendors/*/store")
			.hasRole(SERVICE_OWNER)
			.requestMatchers(HttpMethod.POST, "/shadow-it/vendors/*/*")
			.hasAnyRole(SERVICE_OWNER, ADMIN)
			.requestMatchers("/shadow-it", "/shadow-it/vendors/*")
			.hasAnyRole(Role.BUSINESS_LEADER.name(), FULFILLER, SERVICE_OWNER, ADMIN)
			// Improvements are promises: service owners make and keep them.
			.requestMatchers("/listening/pain-points/*/improvements", "/listening/improvements/**")
			.hasRole(SERVICE_OWNER)
			// Tickets carry callers' names and words: IT staff only.
			.requestMatchers("/listening/**")
			.hasAnyRole(IT_STAFF)
			.anyRequest()
			.authenticated())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
			.exceptionHandling((errors) -> errors.accessDeniedHandler(expiredForms))
			.headers(new SecurityHeaders());
		signIn.applyTo(http);
		return http.build();
	}

	/**
	 * Checks passwords against the accounts, remembering recent ones (see
	 * RecentAccounts), through the sign-in throttle.
	 */
	@Bean
	AuthenticationProvider authenticationProvider(UserAccounts accounts, PasswordEncoder passwords,
			RecentAccounts recent, SignInThrottle throttle) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
		provider.setPasswordEncoder(passwords);
		provider.setUserCache(recent);
		return new ThrottledSignIn(provider, throttle);
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return new RememberingPasswordEncoder(new BCryptPasswordEncoder());
	}

	@Bean
	PersistentTokenRepository rememberMeTokens(DataSource dataSource) {
		JdbcTokenRepositoryImpl repository = new JdbcTokenRepositoryImpl();
		repository.setDataSource(dataSource);
		return repository;
	}

}
