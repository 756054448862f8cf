package org.shopfront.feedback;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo opens with feedback: answered surveys on delivered orders, kept promises rated
 * higher than broken ones, and a past trust pulse round that gives units a trust score.
 */
@SpringBootTest(properties = "shopfront.demo.enabled=true")
class FeedbackDemoDataTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TrustScores scores;

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
