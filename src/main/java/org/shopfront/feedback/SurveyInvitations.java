package org.shopfront.feedback;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.shopfront.notify.Notice;
import org.shopfront.notify.Notice.Link;
import org.shopfront.notify.Notice.Text;
import org.shopfront.notify.Notifying;
import org.shopfront.ordering.OrderDelivered;
import org.shopfront.ordering.OrderPromise;
import org.shopfront.ordering.OrderPromises;
import org.shopfront.ordering.OrderReference;
import org.shopfront.promises.PromiseId;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Asks the customer, once an order is delivered, whether we kept our promise and how
 * satisfied they are, by mail and in the inbox. It listens to the delivery rather than to
 * the promise closing, because a promise also closes as broken when the customer switches
 * to another offering, and that order was never delivered. The survey belongs to the
 * promise the delivery closed: the order's newest.
 */
@Component
class SurveyInvitations {

	private final Surveys surveys;

	private final OrderPromises promises;

	private final FeedbackLinks links;

	private final Notifying notifying;

	private final Clock clock;

	SurveyInvitations(Surveys surveys, OrderPromises promises, FeedbackLinks links, Notifying notifying, Clock clock) {
		this.surveys = surveys;
		this.promises = promises;
		this.links = links;
		this.notifying = notifying;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(OrderDelivered delivered) {
		if (this.surveys.existsFor(delivered.orderId())) {
			return; // a redelivered event: the customer was asked the first time
		}
		List<OrderPromise> made = this.promises.of(delivered.orderId());
		if (made.isEmpty()) {
			// Orders are promised as they are placed: only one placed before that was
			// not.
			throw new IllegalStateException("Order " + delivered.orderId() + " has no promise");
		}
		OrderReference order = delivered.order();
		Survey survey = Survey.ask(new PromiseId(made.get(0).id()), order.id(), order.customerId(),
				order.offeringTitle(), this.clock.instant());
		this.surveys.insert(survey);
		this.notifying.send(notice(survey, order));
	}

	private Notice notice(Survey survey, OrderReference order) {
		String page = this.links.survey(survey.id(), survey.customerId());
		List<Link> links = new ArrayList<>();
		links.add(Link.to(page + "?kept=true", "feedback.notice.kept"));
		links.add(Link.to(page + "?kept=false", "feedback.notice.notKept"));
		for (int rating = 1; rating <= 5; rating++) {
			links.add(Link.to(page + "?satisfaction=" + rating, "feedback.notice.rating." + rating));
		}
		return new Notice("delivery-survey:" + survey.id(), survey.customerId(), "delivery-survey",
				Text.of("feedback.notice.subject", String.valueOf(order.number()), order.offeringTitle()),
				List.of(Text.of("feedback.notice.line", order.offeringTitle()), Text.of("feedback.notice.questions"),
						Text.of("feedback.notice.oneClick", this.links.validDays())),
				links);
	}

}
