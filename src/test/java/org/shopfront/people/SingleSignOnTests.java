package org.shopfront.people;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shopfront.catalog.CatalogFixture;
import org.shopfront.catalog.NeedId;
import org.shopfront.catalog.ProviderId;
import org.shopfront.ordering.OrderId;
import org.shopfront.ordering.OrderingFixture;
import org.shopfront.people.PeopleFixture.Someone;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.validation.BeanPropertyBindingResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Single sign-on end to end against a real OpenID provider started by the test (Spring
 * Authorization Server): a person signs in through the provider's own sign-in page with a
 * cookie-keeping HTTP client that follows every redirect as a browser would, is created
 * with the role and business unit their claims map to, and sees only their own orders; a
 * person whose verified e-mail address Shopfront knows signs in to that person. The real
 * server also shows the session cookie's flags behind a TLS proxy.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SingleSignOnTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private static TestOpenIdProvider provider;

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@DynamicPropertySource
	static void provider(DynamicPropertyRegistry properties) {
		provider = TestOpenIdProvider.start();
		String registration = "spring.security.oauth2.client.registration.company.";
		properties.add(registration + "client-id", () -> TestOpenIdProvider.CLIENT_ID);
		properties.add(registration + "client-secret", () -> TestOpenIdProvider.CLIENT_SECRET);
		properties.add(registration + "client-name", () -> "Company ID");
		properties.add(registration + "scope", () -> "openid,profile,email");
		properties.add("spring.security.oauth2.client.provider.company.issuer-uri", provider::issuer);
		String mapping = "shopfront.sso.providers.company.";
		properties.add(mapping + "role-claim", () -> "groups");
		properties.add(mapping + "roles.[leaders]", () -> "BUSINESS_LEADER");
		properties.add(mapping + "unit-claim", () -> "department");
		properties.add(mapping + "units.[sales-dept]", () -> "SSO Sales");
	}

	@AfterAll
	static void stopProvider() {
		if (provider != null) {
			provider.close();
		}
	}

	@BeforeEach
	void registerShopfront() {
		provider.register(shopfront("/login/oauth2/code/company"));
	}

	@Test
	void aPersonSignsInThroughTheProviderIsCreatedFromTheClaimsAndSeesOnlyTheirOrders() throws Exception {
		Directory directory = this.context.getBean(Directory.class);
		PeopleFixture people = new PeopleFixture(this.context);
		UnitForm sales = new UnitForm("SSO Sales", null, 0);
		this.context.getBean(ManagingPeople.class).createUnit(sales, new BeanPropertyBindingResult(sales, "form"));

		Browser browser = new Browser();
		HttpResponse<String> login = browser.get(shopfront("/login"));
		assertThat(login.body()).contains("Sign in with Company ID");
		HttpResponse<String> home = browser.signInThroughProvider(TestOpenIdProvider.DANA);
		assertThat(home.uri().toString()).isEqualTo(shopfront("/"));
		assertThat(home.body()).contains("Dana Doe");

		Person dana = directory.findByUsername("dana").orElseThrow();
		assertThat(dana.email()).isEqualTo("dana@company.example");
		assertThat(dana.roles()).containsExactlyInAnyOrder(Role.CUSTOMER, Role.BUSINESS_LEADER);
		assertThat(dana.unitName()).isEqualTo("SSO Sales");

		CatalogFixture catalog = new CatalogFixture(this.context);
		NeedId need = catalog.need("SSO need");
		ProviderId team = catalog.provider("SSO team");
		OrderingFixture ordering = new OrderingFixture(this.context);
		OrderId own = ordering.place(new Someone(dana.id(), dana.username(), dana.displayName()),
				catalog.service(need, team, "7"), 1);
		OrderId others = ordering.place(people.someone("SSO Other Customer"), catalog.service(need, team, "8"), 1);
		assertThat(browser.get(shopfront("/orders/" + own.value())).statusCode()).isEqualTo(200);
		assertThat(browser.get(shopfront("/orders/" + others.value())).statusCode()).isEqualTo(404);

		Browser again = new Browser();
		again.signInThroughProvider(TestOpenIdProvider.DANA);
		assertThat(directory.withRole(Role.CUSTOMER).stream().filter(p -> p.email().equals(dana.email())))
			.as("the second sign-in finds the same person")
			.hasSize(1);
	}

	@Test
	void aVerifiedEmailSignsInToThePersonShopfrontAlreadyKnows() throws Exception {
		ManagingPeople managing = this.context.getBean(ManagingPeople.class);
		UserForm form = new UserForm("erin.existing", "Erin Existing", "erin@company.example", PeopleFixture.PASSWORD,
				null, null, EnumSet.of(Role.CUSTOMER), true, 0);
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "form");
		UserId erin = managing.create(form, errors);
		assertThat(errors.hasErrors()).isFalse();

		HttpResponse<String> home = new Browser().signInThroughProvider(TestOpenIdProvider.ERIN);
		assertThat(home.uri().toString()).isEqualTo(shopfront("/"));
		Directory directory = this.context.getBean(Directory.class);
		assertThat(directory.findByUsername("erin")).as("no second Erin").isEmpty();
		assertThat(directory.require(erin).roles()).containsExactly(Role.CUSTOMER);
	}

	@Test
	void behindATlsProxyTheSessionCookieIsSecureAndSameSiteAndHstsIsSent() throws Exception {
		HttpResponse<String> page = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(shopfront("/login"))).header("X-Forwarded-Proto", "https").build(),
					HttpResponse.BodyHandlers.ofString());
		String cookie = page.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(c -> c.startsWith("JSESSIONID="))
			.findFirst()
			.orElseThrow();
		assertThat(cookie).contains("Secure").contains("HttpOnly").contains("SameSite=Lax");
		assertThat(page.headers().firstValue("Strict-Transport-Security")).isPresent();
	}

	private String shopfront(String path) {
		return "http://localhost:" + this.port + path;
	}

	/** A browser's part in the flow: keeps cookies per site and follows redirects. */
	private final class Browser {

		private final HttpClient http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();

		HttpResponse<String> get(String url) throws IOException, InterruptedException {
			return follow(page(URI.create(url)).GET().build());
		}

		/**
		 * Starts at Shopfront's button for the provider, signs in on the provider's page
		 * and follows the redirects back; returns where the browser lands.
		 */
		HttpResponse<String> signInThroughProvider(TestOpenIdProvider.Person person)
				throws IOException, InterruptedException {
			HttpResponse<String> providerLogin = get(shopfront("/oauth2/authorization/company"));
			assertThat(providerLogin.uri().toString()).startsWith(provider.issuer() + "/login");
			Matcher csrf = CSRF.matcher(providerLogin.body());
			assertThat(csrf.find()).as("the provider's sign-in form").isTrue();
			String form = form(
					Map.of("username", person.username(), "password", person.password(), "_csrf", csrf.group(1)));
			return follow(page(providerLogin.uri()).header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build());
		}

		private HttpResponse<String> follow(HttpRequest request) throws IOException, InterruptedException {
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			for (int hop = 0; hop < 10 && response.statusCode() / 100 == 3; hop++) {
				URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
				response = this.http.send(page(next).GET().build(), HttpResponse.BodyHandlers.ofString());
			}
			return response;
		}

		/** A request for a page, as a browser asks for one. */
		private static HttpRequest.Builder page(URI uri) {
			return HttpRequest.newBuilder(uri).header("Accept", "text/html,application/xhtml+xml");
		}

		private static String form(Map<String, String> fields) {
			return fields.entrySet()
				.stream()
				.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"));
		}

	}

}
