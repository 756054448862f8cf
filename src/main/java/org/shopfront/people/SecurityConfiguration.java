package org.shopfront.people;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.rememberme.JdbcTokenRepositoryImpl;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;

/**
 * Who may reach which URL. Pages use form login with CSRF and remember-me; the API under
 * {@code /api} is stateless HTTP basic for machine clients. Finer rules (a customer sees
 * only their own orders) live in the modules' services and queries.
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
			ApiRefusals refusals) throws Exception {
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
			.httpBasic((basic) -> basic.authenticationEntryPoint(refusals))
			.exceptionHandling((errors) -> errors.authenticationEntryPoint(refusals).accessDeniedHandler(refusals))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// Stateless basic auth sends no cookie, so there is no session for a forged
			// request to ride on.
			.csrf(csrf -> csrf.disable());
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, UserAccounts accounts, PersistentTokenRepository tokens,
			@Value("${shopfront.public-pages:false}") boolean publicPages, ExpiredForms expiredForms) throws Exception {
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
			// So do the delivery survey's and the trust pulse's links.
			.requestMatchers("/survey/*", "/pulse/*")
			.permitAll()
			.requestMatchers("/feedback/trust")
			.hasAnyRole(Role.BUSINESS_LEADER.name(), SERVICE_OWNER, ADMIN)
			.requestMatchers("/promises/orders/*/delay")
			.hasRole(FULFILLER)
			.requestMatchers("/actuator/**")
			.hasRole(ADMIN)
			.requestMatchers("/admin/**")
			.hasRole(ADMIN)
			.requestMatchers("/manage/**")
			.hasRole(SERVICE_OWNER)
			.requestMatchers("/fulfilment/**")
			.hasRole(FULFILLER)
			// Improvements are promises: service owners make and keep them.
			.requestMatchers("/listening/pain-points/*/improvements", "/listening/improvements/**")
			.hasRole(SERVICE_OWNER)
			// Tickets carry callers' names and words: IT staff only.
			.requestMatchers("/listening/**")
			.hasAnyRole(IT_STAFF)
			.anyRequest()
			.authenticated())
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
			.rememberMe(remember -> remember.tokenRepository(tokens)
				.userDetailsService(accounts)
				.tokenValiditySeconds(14 * 24 * 3600))
			.exceptionHandling((errors) -> errors.accessDeniedHandler(expiredForms))
			.httpBasic(Customizer.withDefaults());
		return http.build();
	}

	/**
	 * Checks passwords against the accounts, remembering recent ones (see
	 * RecentAccounts).
	 */
	@Bean
	DaoAuthenticationProvider authenticationProvider(UserAccounts accounts, PasswordEncoder passwords,
			RecentAccounts recent) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
		provider.setPasswordEncoder(passwords);
		provider.setUserCache(recent);
		return provider;
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
