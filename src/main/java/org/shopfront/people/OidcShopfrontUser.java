package org.shopfront.people;

import java.util.Map;

import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A person signed in through an OpenID provider: the Shopfront person every controller
 * expects, carrying the provider's ID token as Spring Security's OpenID login requires.
 */
final class OidcShopfrontUser extends ShopfrontUser implements OidcUser {

	private final OidcIdToken idToken;

	private final OidcUserInfo userInfo;

	OidcShopfrontUser(ShopfrontUser person, OidcUser signedIn) {
		super(person.id(), person.getUsername(), person.displayName(), person.roles(), person.isEnabled(), null);
		this.idToken = signedIn.getIdToken();
		this.userInfo = signedIn.getUserInfo();
	}

	@Override
	public Map<String, Object> getClaims() {
		return this.idToken.getClaims();
	}

	@Override
	public OidcUserInfo getUserInfo() {
		return this.userInfo;
	}

	@Override
	public OidcIdToken getIdToken() {
		return this.idToken;
	}

	@Override
	public Map<String, Object> getAttributes() {
		return getClaims();
	}

	@Override
	public String getName() {
		return getUsername();
	}

}
