package org.shopfront.notify;

import java.util.ArrayList;
import java.util.List;

import org.shopfront.notify.Notice.Link;
import org.shopfront.notify.Notice.Text;
import org.shopfront.promises.PromiseAtRisk;
import org.shopfront.promises.RetailerCalls;
import org.shopfront.shared.Formats;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The retailer call: when a promise turns at risk the customer hears it from us at once,
 * with an apology, the realistic new date and one-click answers (faster alternatives,
 * waiting, cancelling) as signed links that work without signing in; and again whenever a
 * fulfiller gives it a new date.
 */
@Component
class PromiseNotices {

	private final Notifying notifying;

	private final RetailerCalls calls;

	private final Formats formats;

	PromiseNotices(Notifying notifying, RetailerCalls calls, Formats formats) {
		this.notifying = notifying;
		this.calls = calls;
		this.formats = formats;
	}

	@ApplicationModuleListener
	void on(PromiseAtRisk event) {
		this.calls.call(event.promiseId()).ifPresent(call -> {
			List<Text> lines = new ArrayList<>();
			lines.add(Text.of("notify.atRisk.sorry", call.due(), call.newDue()));
			if (call.reason() != null) {
				lines.add(Text.of("notify.atRisk.reason", call.reason()));
			}
			List<Link> links = new ArrayList<>();
			if (!call.alternatives().isEmpty()) {
				lines.add(Text.of("notify.atRisk.alternatives", call.alternatives().size()));
			}
			for (RetailerCalls.Alternative a : call.alternatives()) {
				links.add(Link.to(a.switchLink(), "notify.atRisk.switch", a.title(), a.providerName(), a.quote().due(),
						this.formats.money(a.oneOffPrice()), this.formats.money(a.monthlyPrice())));
			}
			links.add(Link.to(call.waitLink(), "notify.atRisk.wait", call.newDue()));
			links.add(Link.to(call.cancelLink(), "notify.atRisk.cancel"));
			links.add(Link.to("/orders/" + call.orderId(), "notify.order.link"));
			lines.add(Text.of("notify.atRisk.oneClick", this.calls.answerLinksValidDays()));
			// Told once per turn; a fulfiller's later date is news of its own.
			String key = "promise-at-risk:" + call.promiseId()
					+ (event.retold() ? ":" + event.at().toEpochMilli() : "");
			this.notifying.send(new Notice(key, call.customerId(), "promise-at-risk",
					Text.of("notify.atRisk.subject", call.what()), lines, links));
		});
	}

}
