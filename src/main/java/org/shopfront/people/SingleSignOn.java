package org.shopfront.people;

import java.time.Clock;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a person signed in by an OpenID provider into a Shopfront person: the one linked
 * to the provider's subject, else (the first time) the one person with the same verified
 * e-mail address, else a new customer without a password. When the provider's claims are
 * configured to carry roles or the business unit, every sign-in brings them up to date.
 */
@Service
@Transactional
class SingleSignOn {

	private final SsoIdentities identities;

	private final Users users;

	private final BusinessUnits units;

	private final SsoProperties properties;

	private final RecentAccounts recent;

	private final Clock clock;

	SingleSignOn(SsoIdentities identities, Users users, BusinessUnits units, SsoProperties properties,
			RecentAccounts recent, Clock clock) {
		this.identities = identities;
		this.users = users;
		this.units = units;
		this.properties = properties;
		this.recent = recent;
		this.clock = clock;
	}

	ShopfrontUser signIn(String registrationId, OidcUser oidc) {
		SsoProperties.Provider provider = this.properties.provider(registrationId);
		String issuer = String.valueOf(oidc.getIssuer());
		Account account = this.identities.find(issuer, oidc.getSubject())
			.flatMap(this.users::findAccount)
			.orElseGet(() -> firstSignIn(issuer, oidc, provider));
		if (!account.enabled() || account.serviceAccount()) {
			throw new OAuth2AuthenticationException(new OAuth2Error("access_denied"), "Account disabled");
		}
		Account current = fromClaims(account, oidc, provider);
		if (current != account) {
			if (!this.users.update(current)) {
				throw StaleAccount.changedMeanwhile();
			}
			this.recent.removeUserFromCache(current.username());
			current = this.users.findAccount(current.id()).orElseThrow();
		}
		return current.withPasswordHash(null).toPrincipal();
	}

	private Account firstSignIn(String issuer, OidcUser oidc, SsoProperties.Provider provider) {
		String email = oidc.getEmail();
		Optional<Account> sameEmail = Optional.empty();
		if (provider.matchEmail() && email != null && Boolean.TRUE.equals(oidc.getEmailVerified())) {
			List<Account> found = this.users.findAccountsByEmail(email)
				.stream()
				.filter(a -> !a.serviceAccount())
				.toList();
			sameEmail = (found.size() == 1) ? Optional.of(found.get(0)) : Optional.empty();
		}
		Account account = sameEmail.orElseGet(() -> create(oidc));
		this.identities.link(issuer, oidc.getSubject(), account.id(), this.clock.instant());
		return account;
	}

	private Account create(OidcUser oidc) {
		String username = freeUsername(oidc);
		String name = Objects.requireNonNullElse(oidc.getFullName(), username);
		String email = Objects.requireNonNullElse(oidc.getEmail(), username + "@sso.invalid");
		Account account = Account.create(username, limit(name, 120), limit(email, 200), null, null, null, Set.of());
		this.users.insert(account);
		return this.users.findAccount(account.id()).orElseThrow();
	}

	private Account fromClaims(Account account, OidcUser oidc, SsoProperties.Provider provider) {
		Set<Role> roles = account.roles();
		if (provider.roleClaim() != null) {
			roles = EnumSet.of(Role.CUSTOMER);
			for (String value : claimValues(oidc.getClaims(), provider.roleClaim())) {
				Role role = provider.roles().get(value);
				if (role != null) {
					roles.add(role);
				}
			}
		}
		UnitId unit = account.unitId();
		if (provider.unitClaim() != null) {
			unit = claimValues(oidc.getClaims(), provider.unitClaim()).stream()
				.map(value -> provider.units().getOrDefault(value, value))
				.map(this.units::findByName)
				.flatMap(Optional::stream)
				.map(BusinessUnit::id)
				.findFirst()
				.orElse(unit);
		}
		if (roles.equals(account.roles()) && Objects.equals(unit, account.unitId())) {
			return account;
		}
		return account.edit(account.displayName(), account.email(), unit, account.managerId(), account.enabled(), roles,
				account.version());
	}

	/**
	 * A claim's values: a list, a single string, or a nested claim named by a dotted
	 * path.
	 */
	static List<String> claimValues(Map<String, Object> claims, String path) {
		Object value = claims;
		for (String part : path.split("\\.")) {
			value = (value instanceof Map<?, ?> map) ? map.get(part) : null;
		}
		if (value instanceof Collection<?> many) {
			return many.stream().filter(Objects::nonNull).map(String::valueOf).toList();
		}
		return (value != null) ? List.of(String.valueOf(value)) : List.of();
	}

	private String freeUsername(OidcUser oidc) {
		String wanted = Optional.ofNullable(oidc.getPreferredUsername())
			.or(() -> Optional.ofNullable(oidc.getEmail()).map(e -> e.substring(0, Math.max(0, e.indexOf('@')))))
			.orElse("sso-" + oidc.getSubject());
		String base = limit(wanted.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "-"), 50);
		base = base.isEmpty() ? "sso" : base;
		String candidate = base;
		for (int n = 2; this.users.usernameTaken(candidate, null); n++) {
			candidate = base + "-" + n;
		}
		return candidate;
	}

	private static String limit(String text, int max) {
		return text.length() > max ? text.substring(0, max) : text;
	}

}
