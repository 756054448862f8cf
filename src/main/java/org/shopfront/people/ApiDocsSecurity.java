package org.shopfront.people;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API documentation's description of how to sign in: a bearer token always, HTTP
 * basic where it is switched on. What each token scope allows is written beside the
 * scheme.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsSecurity {

	static final String BEARER = "apiToken";

	static final String BASIC = "basicAuth";

	@Bean
	OpenAPI shopfrontApi(@Value("${shopfront.api.basic-auth:false}") boolean basicAuth) {
		Components components = new Components().addSecuritySchemes(BEARER,
				new SecurityScheme().type(SecurityScheme.Type.HTTP)
					.scheme("bearer")
					.bearerFormat("sft_…")
					.description("An API token made under your menu (API tokens) or, for a service account, by an "
							+ "admin. Scopes: read = every GET and HEAD under /api; order = POST /api/orders and "
							+ "POST /api/orders/** (place, approve, reject, take, note, deliver, confirm, cancel); "
							+ "tickets = POST /api/listening/tickets. The owner's roles still apply."));
		OpenAPI api = new OpenAPI().info(new Info().title("Shopfront API"))
			.components(components)
			.addSecurityItem(new SecurityRequirement().addList(BEARER));
		if (basicAuth) {
			components.addSecuritySchemes(BASIC,
					new SecurityScheme().type(SecurityScheme.Type.HTTP)
						.scheme("basic")
						.description("A local account's user name and password (shopfront.api.basic-auth is on)."));
			// A second item: either scheme will do.
			api.addSecurityItem(new SecurityRequirement().addList(BASIC));
		}
		return api;
	}

}
