package org.shopfront.people;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How people who sign in through an OpenID provider become Shopfront people
 * ({@code shopfront.sso.providers.<registration>.*}, beside Spring Boot's
 * {@code spring.security.oauth2.client.registration.<registration>.*}).
 *
 * @param providers per client registration id; a registration without an entry gets the
 * defaults (matched by verified e-mail, roles and unit kept in Shopfront)
 */
@ConfigurationProperties("shopfront.sso")
record SsoProperties(Map<String, Provider> providers) {

	SsoProperties {
		providers = (providers != null) ? Map.copyOf(providers) : Map.of();
	}

	Provider provider(String registrationId) {
		return this.providers.getOrDefault(registrationId, Provider.DEFAULTS);
	}

	/**
	 * @param matchEmail whether a first sign-in with a verified e-mail address
	 * ({@code email_verified}) joins the one existing person with that address instead of
	 * creating a new one
	 * @param roleClaim the claim that names the person's groups or roles (a dotted path
	 * for nested claims, such as Keycloak's {@code realm_access.roles}); when set, every
	 * sign-in sets the roles from it, otherwise the roles are Shopfront's own
	 * @param roles claim value to Shopfront role (values not listed add nothing; everyone
	 * is a customer)
	 * @param unitClaim the claim that names the person's business unit; when set, every
	 * sign-in sets the unit from it (when a unit of that name exists)
	 * @param units claim value to business unit name, for values that are not the unit's
	 * name already
	 */
	record Provider(@DefaultValue("true") boolean matchEmail, String roleClaim, Map<String, Role> roles,
			String unitClaim, Map<String, String> units) {

		static final Provider DEFAULTS = new Provider(true, null, Map.of(), null, Map.of());

		Provider {
			roles = (roles != null) ? Map.copyOf(roles) : Map.of();
			units = (units != null) ? Map.copyOf(units) : Map.of();
		}

	}

}
