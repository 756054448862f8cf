package org.shopfront.people;

import java.time.Duration;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.web.authentication.rememberme.PersistentTokenBasedRememberMeServices;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.stereotype.Component;

/**
 * How people sign in to the pages: the sign-in form with "keep me signed in" (unless
 * local accounts are off), single sign-on through every configured OpenID provider, and
 * HTTP basic where {@code shopfront.api.basic-auth} is on. Every cookie is SameSite=Lax,
 * the remember-me cookie included.
 */
@Component
class PageSignIn {

	static final Duration REMEMBER_FOR = Duration.ofDays(14);

	private final SignInProperties properties;

	private final ApiSignIn api;

	private final UserAccounts accounts;

	private final PersistentTokenRepository rememberMeTokens;

	private final ClientRegistrationRepository providers;

	private final SingleSignOn singleSignOn;

	private final MultipartProperties uploads;

	PageSignIn(SignInProperties properties, ApiSignIn api, UserAccounts accounts,
			PersistentTokenRepository rememberMeTokens, ObjectProvider<ClientRegistrationRepository> providers,
			SingleSignOn singleSignOn, MultipartProperties uploads) {
		this.properties = properties;
		this.api = api;
		this.accounts = accounts;
		this.rememberMeTokens = rememberMeTokens;
		this.providers = providers.getIfAvailable();
		this.singleSignOn = singleSignOn;
		this.uploads = uploads;
		if (this.providers == null && !properties.localAccounts()) {
			throw new IllegalStateException("shopfront.sign-in.local-accounts=false needs at least one single "
					+ "sign-on provider (spring.security.oauth2.client.registration.*): nobody could sign in");
		}
	}

	void applyTo(HttpSecurity http) throws Exception {
		http.addFilterBefore(new OversizedUploads(this.uploads.getMaxRequestSize()), CsrfFilter.class);
		if (this.properties.localAccounts()) {
			http.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
				.rememberMe(remember -> remember.rememberMeServices(rememberMe()));
			if (this.api.basicAuth()) {
				http.httpBasic(basic -> basic.authenticationEntryPoint(this.api.refusals()));
			}
		}
		if (this.providers != null) {
			http.oauth2Login(login -> login.loginPage("/login")
				.defaultSuccessUrl("/", false)
				.authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
				.userInfoEndpoint(users -> users.oidcUserService(new ShopfrontOidcUsers(this.singleSignOn))));
		}
	}

	private PersistentTokenBasedRememberMeServices rememberMe() {
		PersistentTokenBasedRememberMeServices services = new PersistentTokenBasedRememberMeServices(
				UUID.randomUUID().toString(), this.accounts, this.rememberMeTokens);
		services.setTokenValiditySeconds((int) REMEMBER_FOR.toSeconds());
		services.setCookieCustomizer(cookie -> cookie.setAttribute("SameSite", "Lax"));
		return services;
	}

}
