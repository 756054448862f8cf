package org.shopfront.people;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person, as controllers receive it with {@code @AuthenticationPrincipal},
 * whether they signed in with a password, a token or single sign-on (a subclass that also
 * carries the provider's ID token).
 */
public class ShopfrontUser implements UserDetails, CredentialsContainer {

	private final UserId id;

	private final String username;

	private final String displayName;

	private final Set<Role> roles;

	private final boolean enabled;

	private String passwordHash;

	public ShopfrontUser(UserId id, String username, String displayName, Set<Role> roles, boolean enabled,
			String passwordHash) {
		this.id = id;
		this.username = username;
		this.displayName = displayName;
		this.roles = Set.copyOf(roles);
		this.enabled = enabled;
		this.passwordHash = passwordHash;
	}

	public UserId id() {
		return this.id;
	}

	public String displayName() {
		return this.displayName;
	}

	public Set<Role> roles() {
		return this.roles;
	}

	public boolean hasRole(Role role) {
		return this.roles.contains(role);
	}

	/**
	 * Whether this person works in IT (fulfiller, service owner or admin), who may see
	 * individual orders and their customers' answers.
	 */
	public boolean worksInIt() {
		return hasRole(Role.FULFILLER) || hasRole(Role.SERVICE_OWNER) || hasRole(Role.ADMIN);
	}

	/** For templates: whether this person has the role of that name. */
	public boolean is(String role) {
		return this.roles.stream().anyMatch(r -> r.name().equals(role));
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<GrantedAuthority> authorities = this.roles.stream()
			.map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority()))
			.toList();
		return authorities;
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	/** A copy with its own password hash, for caches that outlive credential erasure. */
	ShopfrontUser copy() {
		return new ShopfrontUser(this.id, this.username, this.displayName, this.roles, this.enabled, this.passwordHash);
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ShopfrontUser that && this.id.equals(that.id);
	}

	@Override
	public int hashCode() {
		return this.id.hashCode();
	}

	@Override
	public String toString() {
		return this.username;
	}

}
