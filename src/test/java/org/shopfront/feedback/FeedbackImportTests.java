package org.shopfront.feedback;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.shopfront.ShopfrontTest;
import org.shopfront.catalog.CatalogFixture;
import org.shopfront.catalog.OrderableOffering;
import org.shopfront.catalog.Catalog;
import org.shopfront.catalog.OfferingId;
import org.shopfront.feedback.FeedbackImport.PastPulse;
import org.shopfront.feedback.FeedbackImport.PastSurvey;
import org.shopfront.ordering.OrderId;
import org.shopfront.ordering.OrderPromise;
import org.shopfront.ordering.OrderPromises;
import org.shopfront.ordering.OrderingFixture;
import org.shopfront.ordering.PastOrder;
import org.shopfront.people.PeopleFixture;
import org.shopfront.people.PeopleFixture.Someone;
import org.shopfront.people.UnitId;
import org.shopfront.promises.PromiseId;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Recording feedback from before Shopfront: a past survey's answer counts for its
 * promise, and a past pulse round keeps its answered and unanswered questions.
 */
@ShopfrontTest
class FeedbackImportTests {

	private static final Instant LAST_SPRING = Instant.parse("2025-04-01T10:00:00Z");

	@Autowired
	FeedbackImport imports;

	@Autowired
	SurveyAnswers answers;

	@Autowired
	OrderPromises promises;

	@Autowired
	Catalog catalog;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Test
	void aPastSurveysAnswerCountsForItsPromise() {
		Someone customer = new PeopleFixture(this.context).someone("Surveyed Customer");
		OfferingId offering = new CatalogFixture(this.context).good("40", 2, "Who is it for?");
		OrderId order = new OrderingFixture(this.context).place(customer, offering, 1, "Me");
		// The order's promise is made by an event listener after the order commits.
		OrderPromise promise = await().until(() -> this.promises.of(order), (made) -> !made.isEmpty()).get(0);
		OrderableOffering bought = this.catalog.orderable(offering);
		PastOrder past = new PastOrder(order, customer.id(), offering, bought.needId(), bought.providerId(),
				bought.title(), LAST_SPRING, LAST_SPRING.plus(Duration.ofDays(2)), null);

		int answered = this.imports.recordSurveys(List.of(PastSurvey.answered(past, new PromiseId(promise.id()), false,
				2, "Late.", LAST_SPRING.plus(Duration.ofDays(3)))));

		assertThat(answered).isOne();
		assertThat(this.answers.of(List.of(new PromiseId(promise.id()))))
			.containsExactly(Map.entry(new PromiseId(promise.id()), new SurveyAnswers.Answer(false, 2)));
		assertThat(this.imports.nothingAskedYet()).isFalse();
	}

	@Test
	void aPastPulseRoundKeepsItsAnsweredAndUnansweredQuestions() {
		PeopleFixture people = new PeopleFixture(this.context);
		Someone trusting = people.someone("Trusting Head");
		Someone silent = people.someone("Silent Head");
		UnitId answeredUnit = people.unit("Trusting Unit", trusting);
		UnitId silentUnit = people.unit("Silent Unit", silent);

		int answered = this.imports.recordPulseRound(LAST_SPRING,
				List.of(PastPulse.answered(answeredUnit, trusting.id(), 9, "Keep it up.",
						LAST_SPRING.plus(Duration.ofHours(5))), PastPulse.unanswered(silentUnit, silent.id())));

		assertThat(answered).isOne();
		assertThat(scoreOf(answeredUnit)).isEqualTo(9);
		assertThat(this.jdbc.sql("select count(*) from pulse_answer where unit_id = :unit and answered_at is null")
			.param("unit", silentUnit.value())
			.query(Long.class)
			.single()).isOne();
	}

	private Integer scoreOf(UnitId unit) {
		return this.jdbc.sql("select score from pulse_answer where unit_id = :unit")
			.param("unit", unit.value())
			.query(Integer.class)
			.single();
	}

}
