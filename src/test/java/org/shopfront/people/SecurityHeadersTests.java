package org.shopfront.people;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.shopfront.ShopfrontTest;
import org.shopfront.people.PeopleFixture.Someone;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The headers a browser gets (a Content-Security-Policy without inline scripts or styles,
 * a referrer that stays home, no powerful features, HSTS over HTTPS), SameSite on the
 * remember-me cookie, no inline script or style left in any template, and the import
 * form's token kept out of its URL.
 */
@ShopfrontTest
class SecurityHeadersTests {

	/**
	 * Inline code in a template: a script without src, a style element or attribute, an
	 * on… handler.
	 */
	private static final List<Pattern> INLINE = List.of(Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>"),
			Pattern.compile("<style\\b"), Pattern.compile("\\s(th:)?style="),
			Pattern.compile("\\s(th:)?on[a-z]+=", Pattern.CASE_INSENSITIVE), Pattern.compile("javascript:"));

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Test
	void pagesAndTheApiCarryTheBrowserSecurityHeaders() throws Exception {
		Someone someone = new PeopleFixture(this.context).someone("Header Reader");
		for (String path : new String[] { "/login", "/store", "/api/needs" }) {
			this.mvc.perform(get(path).with(httpBasic(someone.username(), someone.password())))
				.andExpect(header().string("Content-Security-Policy",
						allOf(containsString("default-src 'self'"), containsString("script-src 'self'"),
								containsString("style-src 'self'"), containsString("frame-ancestors 'none'"),
								not(containsString("unsafe-inline")), not(containsString("unsafe-eval")))))
				.andExpect(header().string("Referrer-Policy", "same-origin"))
				.andExpect(header().string("Permissions-Policy", containsString("camera=()")))
				.andExpect(header().string("X-Content-Type-Options", "nosniff"))
				.andExpect(header().doesNotExist("Strict-Transport-Security"));
		}
	}

	@Test
	void onlyTheApiExplorerMayUseInlineStylesAndNeverInlineScripts() throws Exception {
		Someone someone = new PeopleFixture(this.context).someone("Explorer Person");
		this.mvc.perform(get("/swagger-ui/index.html").with(httpBasic(someone.username(), someone.password())))
			.andExpect(header().string("Content-Security-Policy",
					allOf(containsString("style-src 'self' 'unsafe-inline'"), containsString("script-src 'self';"))));
	}

	@Test
	void httpsAnswersCarryHsts() throws Exception {
		this.mvc.perform(get("/login").secure(true))
			.andExpect(header().string("Strict-Transport-Security", containsString("max-age=")));
	}

	@Test
	void theRememberMeCookieIsSameSiteLax() throws Exception {
		Someone someone = new PeopleFixture(this.context).someone("Remembered Person");
		Cookie rememberMe = this.mvc
			.perform(post("/login").with(csrf())
				.param("username", someone.username())
				.param("password", someone.password())
				.param("remember-me", "on"))
			.andReturn()
			.getResponse()
			.getCookie("remember-me");
		assertThat(rememberMe).isNotNull();
		assertThat(rememberMe.getAttribute("SameSite")).isEqualTo("Lax");
		assertThat(rememberMe.isHttpOnly()).isTrue();
	}

	@Test
	void noTemplateHasAnInlineScriptOrStyle() throws IOException {
		Path templates = Path.of("src/main/resources/templates");
		List<Path> pages;
		try (Stream<Path> files = Files.walk(templates)) {
			// Mails are not pages: mail clients only read inline styles, and no policy
			// applies.
			pages = files.filter(p -> p.toString().endsWith(".html"))
				.filter(p -> !p.startsWith(templates.resolve("notify/mail.html")))
				.toList();
		}
		assertThat(pages).hasSizeGreaterThan(40);
		for (Path page : pages) {
			String html = Files.readString(page);
			for (Pattern inline : INLINE) {
				assertThat(inline.matcher(html).find()).as("%s has inline code matching %s", page, inline).isFalse();
			}
		}
	}

	@Test
	void theImportFormSendsItsTokenInTheBodyNotTheUrl() throws Exception {
		Someone fulfiller = new PeopleFixture(this.context).someone("Import Header Person", Role.FULFILLER);
		this.mvc.perform(get("/listening/import").with(httpBasic(fulfiller.username(), fulfiller.password())))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("_csrf="))))
			.andExpect(content().string(containsString("name=\"_csrf\"")));
	}

	@Test
	void anOversizedUploadIsAnsweredBeforeItsTokenIsRead() throws Exception {
		OversizedUploads filter = new OversizedUploads(DataSize.ofBytes(100));
		MockHttpServletRequest upload = new MockHttpServletRequest("POST", "/listening/import");
		upload.setContentType("multipart/form-data; boundary=x");
		upload.setContent(new byte[101]);
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();
		filter.doFilter(upload, response, chain);
		assertThat(response.getStatus()).isEqualTo(413);
		assertThat(chain.getRequest()).as("the rest of the chain, the token check included, never ran").isNull();
	}

}
