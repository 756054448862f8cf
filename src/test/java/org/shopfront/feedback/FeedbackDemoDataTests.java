package org.shopfront.feedback;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.shopfront.scoreboard.Figures;
import org.shopfront.scoreboard.ScoreDimension;
import org.shopfront.scoreboard.ScoreWindow;
import org.shopfront.scoreboard.Scoreboard;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The demo opens with feedback: answered surveys on delivered orders, kept promises rated
 * higher than broken ones, and a past trust pulse round that gives units a trust score;
 * and the scoreboard, built from that history in the background, is alive: a year of
 * promises, broken ones mostly announced early, and satisfaction.
 */
@SpringBootTest(properties = "shopfront.demo.enabled=true")
class FeedbackDemoDataTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TrustScores scores;

	@Autowired
	Scoreboard scoreboard;

	@Test
	void theScoreboardIsAliveOnFirstStart() {
		ScoreWindow year = this.scoreboard.window(ScoreWindow.DEFAULT_WEEKS);
		Figures company = await().atMost(Duration.ofSeconds(60))
			.until(() -> this.scoreboard.company(year), (figures) -> figures.answers() > 50);
		assertThat(company.promises()).isGreaterThan(1_000);
		assertThat(company.keptPercent()).isBetween(50, 99);
		assertThat(company.late()).isPositive();
		assertThat(company.warnedPercent()).as("the replayed watch warned most broken promises").isGreaterThan(50);
		assertThat(company.satisfaction()).isBetween(1.0, 5.0);
		assertThat(this.scoreboard.trend(ScoreDimension.COMPANY, new java.util.UUID(0, 0), year))
			.filteredOn((week) -> week.promises() > 0)
			.hasSizeGreaterThan(40);
		assertThat(this.scoreboard.subjects(ScoreDimension.PROVIDER, year)).hasSizeGreaterThanOrEqualTo(12);
	}

	@Test
	void theDemoHasSurveyAnswersAndATrustPulseRound() {
		long answered = this.jdbc.sql("select count(*) from survey where answered_at is not null")
			.query(Long.class)
			.single();
		assertThat(answered).isGreaterThan(50);
		Double kept = average("KEPT");
		Double broken = average("BROKEN");
		assertThat(kept).isGreaterThan(broken);
		assertThat(this.scores.byUnit(this.scores.windowStart()))
			.anySatisfy(unit -> assertThat(unit.score().value()).isNotNull());
		assertThat(this.scores.comments(this.scores.windowStart())).isNotEmpty();
	}

	private Double average(String outcome) {
		return this.jdbc.sql("""
				select avg(cast(s.satisfaction as double precision)) from survey s
				join promise p on p.id = s.promise_id where p.status = :outcome
				""").param("outcome", outcome).query(Double.class).single();
	}

}
