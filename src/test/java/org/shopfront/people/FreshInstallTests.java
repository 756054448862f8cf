package org.shopfront.people;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A fresh production install (no demo, HTTP basic off, an empty database): the first
 * administrator comes from a one-time setup link in the log or from the environment,
 * exactly once even when several nodes try at once.
 */
@SpringBootTest(properties = { "shopfront.api.basic-auth=false", "shopfront.test.context=fresh-install" })
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FreshInstallTests {

	private static final Pattern LINK = Pattern
		.compile("http://localhost:8080(/setup/[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+)");

	private static final String STRONG = "violet-kettle-ladder";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Test
	@Order(1)
	void withoutAdminVariablesTheLogCarriesAOneTimeSetupLink(CapturedOutput output) throws Exception {
		assertThat(admins()).isZero();
		firstStart("", "").run(null);
		Matcher link = LINK.matcher(output.getOut());
		assertThat(link.find()).as("a setup link in the log").isTrue();
		String setup = link.group(1);
		this.mvc.perform(get(setup))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("setup-form")));
		this.mvc.perform(setup(setup, "root", "password12345"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("one of the first that guessers try")));
		this.mvc.perform(setup(setup, "root", STRONG)).andExpect(redirectedUrl("/login?setup"));
		this.mvc.perform(post("/login").param("username", "root").param("password", STRONG).with(csrf()))
			.andExpect(redirectedUrl("/"));
		this.mvc.perform(get(setup)).andExpect(status().isGone());
		this.mvc.perform(setup(setup, "intruder", STRONG)).andExpect(status().isGone());
		assertThat(admins()).isOne();
	}

	@Test
	@Order(2)
	void withBasicAuthOffTheApiRefusesPasswords() throws Exception {
		this.mvc.perform(get("/api/orders").with(httpBasic("root", STRONG))).andExpect(status().isUnauthorized());
	}

	@Test
	@Order(3)
	void theAdminVariablesCreateTheFirstAdministratorOnce() throws Exception {
		removeAdmins();
		firstStart("env-admin", STRONG).run(null);
		firstStart("second-node-admin", STRONG).run(null);
		assertThat(admins()).isOne();
		this.mvc.perform(post("/login").param("username", "env-admin").param("password", STRONG).with(csrf()))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	@Order(4)
	void nodesStartingAtOnceCreateOneAdministrator() throws Exception {
		removeAdmins();
		FirstAdmin firstAdmin = this.context.getBean(FirstAdmin.class);
		ExecutorService nodes = Executors.newFixedThreadPool(4);
		try {
			List<Future<FirstAdmin.Outcome>> outcomes = new ArrayList<>();
			for (int node = 0; node < 4; node++) {
				String name = "racing-admin-" + node;
				Callable<FirstAdmin.Outcome> start = () -> firstAdmin.create(name, name, name + "@example.org", STRONG);
				outcomes.add(nodes.submit(start));
			}
			int created = 0;
			for (Future<FirstAdmin.Outcome> outcome : outcomes) {
				created += (outcome.get() == FirstAdmin.Outcome.CREATED) ? 1 : 0;
			}
			assertThat(created).isOne();
		}
		finally {
			nodes.shutdown();
		}
		assertThat(admins()).isOne();
	}

	@Test
	@Order(5)
	void aWeakAdminPasswordStopsTheStart() {
		removeAdmins();
		assertThatIllegalStateException().isThrownBy(() -> firstStart("weak-admin", "weak-admin-1").run(null))
			.withMessageContaining("password policy");
		assertThat(admins()).isZero();
	}

	private FirstStart firstStart(String user, String password) {
		return new FirstStart(this.context.getBean(FirstAdmin.class), this.context.getBean(SetupLinks.class),
				new PasswordPolicy(), user, password, "");
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder setup(String link,
			String username, String password) {
		return post(link).with(csrf())
			.param("username", username)
			.param("displayName", "The Administrator")
			.param("email", "it@example.org")
			.param("password", password);
	}

	private long admins() {
		return this.jdbc.sql("select count(*) from user_role where role = 'ADMIN'").query(Long.class).single();
	}

	/** Back to a database without administrators, as on a fresh install. */
	private void removeAdmins() {
		this.jdbc.sql("delete from first_admin").update();
		this.jdbc.sql("delete from user_role where role = 'ADMIN'").update();
	}

}
