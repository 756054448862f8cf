package org.shopfront.feedback;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shopfront.MovingClock;
import org.shopfront.people.PeopleFixture;
import org.shopfront.people.PeopleFixture.Someone;
import org.shopfront.people.Role;
import org.shopfront.people.UnitId;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesRegex;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The trust pulse, moving the clock: each unit head is asked once per quarter, answers
 * once by the signed link, and the trust page shows the score and the escaped comment to
 * business leaders and IT only.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MovingClock.Config.class)
class TrustPulseTests {

	private static final Pattern LINK = Pattern.compile("/pulse/([A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+)");

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	MovingClock clock;

	@Autowired
	TrustPulse pulse;

	@Autowired
	Pulses pulses;

	@Autowired
	JdbcClient jdbc;

	PeopleFixture people;

	Someone head;

	UnitId unit;

	@BeforeEach
	void unit() {
		this.people = new PeopleFixture(this.context);
		this.head = this.people.someone("Pulse Head", Role.BUSINESS_LEADER);
		this.unit = this.people.unit("Pulse Unit", this.head);
		// Start after any round that other tests began, so a round is due now.
		Instant start = this.pulses.latestRound()
			.map(round -> round.askedAt().atOffset(ZoneOffset.UTC).plus(Period.ofMonths(3)).toInstant())
			.orElse(Instant.parse("2026-04-01T08:00:00Z"));
		if (start.isAfter(this.clock.instant())) {
			this.clock.set(start);
		}
	}

	@Test
	void asksEveryHeadOncePerQuarter() {
		assertThat(this.pulse.askIfDue()).isPositive();
		assertThat(questionsFor(this.unit)).hasSize(1);
		assertThat(this.pulse.askIfDue()).as("not twice in a round").isZero();
		this.clock.move(Duration.ofDays(60));
		assertThat(this.pulse.askIfDue()).isZero();
		this.clock.move(Duration.ofDays(33));
		assertThat(this.pulse.askIfDue()).isPositive();
		assertThat(questionsFor(this.unit)).hasSize(2);
	}

	@Test
	void aHeadAnswersOnceByTheLinkAndTheTrustPageShowsTheEscapedComment() throws Exception {
		this.pulse.askIfDue();
		String inbox = this.mvc.perform(get("/inbox").with(user(this.people.principal(this.head))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher found = LINK.matcher(inbox);
		assertThat(found.find()).as("a pulse link in the head's inbox").isTrue();
		String link = "/pulse/" + found.group(1);

		this.mvc.perform(get(link))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("How much do you trust IT to deliver?")));
		this.mvc.perform(post(link).with(csrf()).param("comment", "no score")).andExpect(status().isOk());
		assertThat(questionsFor(this.unit)).allMatch(q -> !q.answered());

		this.mvc.perform(post(link).with(csrf()).param("score", "3").param("comment", "Ship <b>on time</b>"))
			.andExpect(status().isOk());
		this.mvc.perform(post(link).with(csrf()).param("score", "10")).andExpect(status().isConflict());
		assertThat(questionsFor(this.unit)).singleElement().satisfies(q -> assertThat(q.score()).isEqualTo(3));

		Someone leader = this.people.someone("Reading Leader", Role.BUSINESS_LEADER);
		String unitName = this.jdbc.sql("select name from business_unit where id = :id")
			.param("id", this.unit.value())
			.query(String.class)
			.single();
		// One answer of 3: a detractor, so the unit's score is -100.
		String row = "<td>" + unitName + "</td>\\s*<td class=\"text-end fw-semibold\">-100</td>\\s*"
				+ "<td class=\"text-end\">1</td>";
		this.mvc.perform(get("/feedback/trust").with(user(this.people.principal(leader))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ship &lt;b&gt;on time&lt;/b&gt;")))
			.andExpect(content().string(not(containsString("Ship <b>on time</b>"))))
			.andExpect(content().string(matchesRegex("(?s).*id=\"unit-scores\".*" + row
					+ "\\s*<td class=\"text-end\">0</td>\\s*<td class=\"text-end\">0</td>\\s*<td class=\"text-end\">1</td>.*")));
		this.mvc.perform(get("/scoreboard").with(user(this.people.principal(leader))))
			.andExpect(status().isOk())
			.andExpect(content().string(matchesRegex("(?s).*id=\"trust-scores\".*" + row + "\\s*</tr>.*")));
		Someone customer = this.people.someone("Plain Customer");
		this.mvc.perform(get("/feedback/trust").with(user(this.people.principal(customer))))
			.andExpect(status().isForbidden());
	}

	@Test
	void anExpiredOrTamperedPulseLinkRecordsNothing() throws Exception {
		this.pulse.askIfDue();
		PulseQuestion question = questionsFor(this.unit).get(0);
		String link = this.context.getBean(FeedbackLinks.class).pulse(question.id(), question.headId());
		Someone other = this.people.someone("Other Head");
		String foreign = this.context.getBean(FeedbackLinks.class).pulse(question.id(), other.id());
		this.mvc.perform(post(foreign).with(csrf()).param("score", "0")).andExpect(status().isGone());
		String tampered = link.substring(0, link.length() - 3) + (link.endsWith("A") ? "BBB" : "AAA");
		this.mvc.perform(post(tampered).with(csrf()).param("score", "0")).andExpect(status().isGone());
		this.clock.move(Duration.ofDays(15));
		this.mvc.perform(post(link).with(csrf()).param("score", "0")).andExpect(status().isGone());
		assertThat(questionsFor(this.unit)).allMatch(q -> !q.answered());
	}

	private List<PulseQuestion> questionsFor(UnitId unit) {
		return this.jdbc.sql("select round_id from pulse_answer where unit_id = :u")
			.param("u", unit.value())
			.query(java.util.UUID.class)
			.list()
			.stream()
			.flatMap(round -> this.pulses.ofRound(round).stream())
			.filter(q -> q.unitId().equals(unit))
			.toList();
	}

}
