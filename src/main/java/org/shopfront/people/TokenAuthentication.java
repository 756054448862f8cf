package org.shopfront.people;

import java.util.Set;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * An API call signed in with a token: the token's owner, with their roles, limited to the
 * token's scopes.
 */
final class TokenAuthentication extends AbstractAuthenticationToken {

	private final ShopfrontUser owner;

	private final Set<TokenScope> scopes;

	TokenAuthentication(ShopfrontUser owner, Set<TokenScope> scopes) {
		super(owner.getAuthorities());
		this.owner = owner;
		this.scopes = Set.copyOf(scopes);
		setAuthenticated(true);
	}

	Set<TokenScope> scopes() {
		return this.scopes;
	}

	@Override
	public Object getCredentials() {
		return null;
	}

	@Override
	public ShopfrontUser getPrincipal() {
		return this.owner;
	}

}
