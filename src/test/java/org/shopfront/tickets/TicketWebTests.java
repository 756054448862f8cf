package org.shopfront.tickets;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.shopfront.ShopfrontTest;
import org.shopfront.imports.ImportFixture;
import org.shopfront.imports.ImportRunId;
import org.shopfront.people.PeopleFixture;
import org.shopfront.people.PeopleFixture.Someone;
import org.shopfront.people.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The import pages, the ticket list and the push API as IT staff and machine clients see
 * them: an upload runs in the background and its page follows it, refused files say why
 * beside the field, ticket text is escaped, and bad pushes answer 400 naming each field.
 */
@ShopfrontTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TicketWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	TicketFixture tickets;

	Someone fulfiller;

	Someone customer;

	@BeforeAll
	void fixture() {
		PeopleFixture people = new PeopleFixture(this.context);
		this.fulfiller = people.someone("Listening Fulfiller", Role.FULFILLER);
		this.customer = people.someone("Listening Customer");
		this.tickets = new TicketFixture(this.context);
	}

	@Test
	void uploadRunsInTheBackgroundAndItsPageFollowsIt() throws Exception {
		String source = TicketFixture.uniqueSource("upload");
		MockMultipartFile file = new MockMultipartFile("file", "incidents.csv", "text/csv",
				new ClassPathResource("tickets/servicenow.csv").getContentAsByteArray());
		MvcResult upload = this.mvc
			.perform(as(this.fulfiller,
					multipart("/listening/import").file(file).param("layout", "SERVICENOW").param("source", source)))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String page = upload.getResponse().getRedirectedUrl();
		assertThat(page).startsWith("/listening/imports/");
		// The counts are written before the run ends, so wait for the end: the page then
		// stops polling.
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> this.mvc.perform(as(this.fulfiller, get(page).header("HX-Request", "true")))
				.andExpect(content().string(containsString("3 tickets imported")))
				.andExpect(content().string(not(containsString("hx-trigger")))));
		this.mvc.perform(as(this.fulfiller, get(page).header("HX-Request", "true")))
			.andExpect(content().string(containsString("id=\"run\"")))
			.andExpect(content().string(not(containsString("<html"))));
		this.mvc.perform(as(this.fulfiller, get(page)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html")))
			.andExpect(content().string(containsString("id=\"run\"")))
			.andExpect(content().string(containsString("incidents.csv")))
			.andExpect(content().string(containsString("No row was rejected.")));
	}

	@Test
	void runningImportPollsItself() throws Exception {
		// The page of a run still RUNNING carries the polling trigger.
		ImportRunId id = new ImportFixture(this.context).running(TicketImport.NAME, "SERVICENOW", 1000, 400);
		this.mvc.perform(as(this.fulfiller, get("/listening/imports/" + id)))
			.andExpect(content().string(containsString("hx-trigger=\"every 1s\"")))
			.andExpect(content().string(containsString("data-width=\"40\"")));
	}

	@Test
	void refusedFilesSayWhyBesideTheField() throws Exception {
		upload("binary.xlsx", new byte[] { 'P', 'K', 3, 4, 0, 0, 1, 2 }).andExpect(status().isOk())
			.andExpect(content().string(containsString("This is not a CSV or text file")));
		upload("empty.csv", new byte[0]).andExpect(content().string(containsString("The file is empty")));
		upload("wrong.csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8))
			.andExpect(content().string(containsString("The file has no column number")));
		this.mvc
			.perform(as(this.fulfiller,
					multipart("/listening/import").param("layout", "SERVICENOW").param("source", "none")))
			.andExpect(content().string(containsString("Please choose a file to import.")));
	}

	@Test
	void reportShowsEachRejectedRow() throws Exception {
		String source = TicketFixture.uniqueSource("report");
		ImportRunId id = this.tickets.importNow(TicketFormat.SERVICENOW, null, source,
				new ClassPathResource("tickets/malformed.csv").getContentAsByteArray());
		this.mvc.perform(as(this.fulfiller, get("/listening/imports/" + id)))
			.andExpect(content().string(containsString("Not a date we can read: yesterday-ish")))
			.andExpect(content().string(containsString("opened_at")))
			.andExpect(content().string(containsString("The ticket number is missing.")))
			.andExpect(content().string(containsString("6 rows read: 2 tickets imported, 4 rows rejected.")));
	}

	@Test
	void ticketListEscapesTicketText() throws Exception {
		String source = TicketFixture.uniqueSource("escape");
		this.tickets.importNow(TicketFormat.SERVICENOW, null, source,
				"number,short_description,caller_id\nX-1,<script>alert('owned')</script> printer,<b>Bob</b>\n"
					.getBytes(StandardCharsets.UTF_8));
		this.mvc.perform(as(this.fulfiller, get("/listening/tickets").param("q", "alert('owned')")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("&lt;script&gt;alert(&#39;owned&#39;)&lt;/script&gt; printer")))
			.andExpect(content().string(containsString("&lt;b&gt;Bob&lt;/b&gt;")))
			.andExpect(content().string(not(containsString("<script>alert"))));
	}

	@Test
	void profileEditorSavesAndRefusesBadPatterns() throws Exception {
		String name = "Web profile " + UUID.randomUUID();
		this.mvc
			.perform(as(this.fulfiller,
					post("/listening/profiles/new").with(csrf())
						.param("name", name)
						.param("title", "Subject")
						.param("datePattern", "dd.MM.yyyy HH:mm")
						.param("version", "0")))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(as(this.fulfiller, get("/listening/import")))
			.andExpect(content().string(containsString("Profile: " + name)));
		this.mvc
			.perform(as(this.fulfiller,
					post("/listening/profiles/new").with(csrf())
						.param("name", name)
						.param("title", "Subject")
						.param("version", "0")))
			.andExpect(content().string(containsString("Another profile already has this name.")));
		this.mvc
			.perform(as(this.fulfiller,
					post("/listening/profiles/new").with(csrf())
						.param("name", name + " 2")
						.param("title", "Subject")
						.param("datePattern", "{{nonsense")
						.param("version", "0")))
			.andExpect(content().string(containsString("This is not a date pattern we can use")));
	}

	@Test
	void pushStoresAJsonArrayOrJsonLines() throws Exception {
		String source = TicketFixture.uniqueSource("push");
		this.mvc
			.perform(as(this.fulfiller, post("/api/listening/tickets").param("source", source))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						[{"number":"P-1","title":"Mail is slow","openedAt":"2024-05-01T08:00:00Z"},
						 {"number":"P-2","title":"Printer","businessUnit":"Finance","reopenCount":1}]
						"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.tickets").value(2));
		this.mvc.perform(as(this.fulfiller, post("/api/listening/tickets").param("source", source))
			.contentType("application/x-ndjson")
			.content("{\"number\":\"P-1\",\"title\":\"Mail is slow again\"}\n{\"number\":\"P-3\",\"title\":\"VPN\"}\n"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.tickets").value(2));
		this.mvc.perform(as(this.fulfiller, get("/listening/tickets").param("q", "mail is slow")))
			.andExpect(content().string(containsString("Mail is slow again")));
	}

	@Test
	void badPushAnswers400NamingEachFieldAndStoresNothing() throws Exception {
		String source = TicketFixture.uniqueSource("bad-push");
		this.mvc
			.perform(as(this.fulfiller, post("/api/listening/tickets").param("source", source))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						[{"title":"No number"},
						 {"number":"B-2","openedAt":"last tuesday","reopenCount":"many"},
						 "not an object",
						 {"number":"B-4","title":"Fine"}]
						"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors['[0].number']").value("The ticket number is missing."))
			.andExpect(jsonPath("$.errors['[1].openedAt']").value("Not a date we can read: last tuesday"))
			.andExpect(jsonPath("$.errors['[1].reopenCount']").value("Not a whole number: many"))
			.andExpect(jsonPath("$.errors['[2]']").value("Each ticket must be a JSON object."));
		this.mvc
			.perform(as(this.fulfiller, post("/api/listening/tickets").param("source", source))
				.contentType(MediaType.APPLICATION_JSON)
				.content("[{\"number\": \"B-5\", "))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.body").exists());
		this.mvc
			.perform(as(this.fulfiller, post("/api/listening/tickets")).contentType(MediaType.APPLICATION_JSON)
				.content("[{\"number\":\"B-6\"}]"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.source").exists());
		this.mvc
			.perform(as(this.fulfiller, post("/api/listening/tickets").param("source", source))
				.contentType(MediaType.APPLICATION_JSON)
				.content("[]"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.tickets").value("There are no tickets in the request."));
		this.mvc.perform(as(this.fulfiller, get("/listening/tickets").param("q", "B-4")))
			.andExpect(content().string(containsString("No tickets found.")));
	}

	@Test
	void customersSeeNoTickets() throws Exception {
		this.mvc.perform(as(this.customer, get("/listening/tickets"))).andExpect(status().isForbidden());
		this.mvc
			.perform(as(this.customer, post("/api/listening/tickets").param("source", "x"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("[{\"number\":\"C-1\"}]"))
			.andExpect(status().isForbidden());
	}

	org.springframework.test.web.servlet.ResultActions upload(String name, byte[] content) throws Exception {
		return this.mvc.perform(as(this.fulfiller,
				multipart("/listening/import").file(new MockMultipartFile("file", name, "text/csv", content))
					.param("layout", "SERVICENOW")
					.param("source", "refused")));
	}

	<B extends AbstractMockHttpServletRequestBuilder<B>> B as(Someone someone, B request) {
		return request.with(httpBasic(someone.username(), someone.password())).with(csrf());
	}

}
