package org.shopfront.people;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Loads the person who signed in through an OpenID provider: Spring Security's standard
 * user (ID token and user info), then the Shopfront person it stands for.
 */
final class ShopfrontOidcUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {

	private final OidcUserService standard = new OidcUserService();

	private final SingleSignOn singleSignOn;

	ShopfrontOidcUsers(SingleSignOn singleSignOn) {
		this.singleSignOn = singleSignOn;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
		OidcUser signedIn = this.standard.loadUser(request);
		ShopfrontUser person = this.singleSignOn.signIn(request.getClientRegistration().getRegistrationId(), signedIn);
		return new OidcShopfrontUser(person, signedIn);
	}

}
