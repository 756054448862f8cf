package org.shopfront.initiatives;

import java.util.ArrayList;
import java.util.List;

import org.shopfront.notify.Notice;
import org.shopfront.notify.Notice.Link;
import org.shopfront.notify.Notice.Text;
import org.shopfront.notify.Notifying;
import org.shopfront.shared.Money;

import org.springframework.stereotype.Component;

/**
 * What an initiative's sponsor is told, in business words, through notify (inbox, mail,
 * webhooks), in the transaction of what happened: the retailer call when a budget or date
 * will probably break (with the answers to choose from), a re-plan IT made, and the
 * delivery (confirm the value when it shows). Each notice has its own key, so an event
 * handled twice tells once.
 */
@Component
class InitiativeNotices {

	private final Notifying notifying;

	private final InitiativeText text;

	InitiativeNotices(Notifying notifying, InitiativeText text) {
		this.notifying = notifying;
		this.text = text;
	}

	void atRisk(Initiative initiative, InitiativePromise atRisk, Projection projection) {
		Decision d = initiative.decision();
		String page = "/initiatives/" + initiative.id();
		List<Text> lines = new ArrayList<>();
		InitiativeFigure promised = atRisk.promised();
		if (atRisk.measure() == PromiseMeasure.BUDGET) {
			Money projected = projection.projected().money();
			lines.add(Text.of("initiatives.notice.atRisk.budget", d.title(), this.text.money(projected),
					this.text.money(projected.minus(promised.money())), this.text.money(promised.money())));
		}
		else {
			lines.add(Text.of("initiatives.notice.atRisk.date", d.title(),
					this.text.instant(projection.projected().date()), this.text.instant(promised.date())));
		}
		lines.add(Text.of("initiatives.notice.atRisk.sofar", this.text.money(projection.spent()),
				projection.progressPercent(), projection.late(), projection.due(), projection.averageDaysLate()));
		lines.add(Text.of("initiatives.notice.atRisk.evidence", projection.typicalOverrunPercent()));
		lines.add(Text.of("initiatives.notice.atRisk.options"));
		List<Link> links = new ArrayList<>();
		links.add(Link.to(page + "/call?answer=RESCOPE", "initiatives.notice.answer.RESCOPE"));
		links.add(Link.to(page + "/call?answer=MORE_TIME", "initiatives.notice.answer.MORE_TIME"));
		links.add(Link.to(page + "/call?answer=MORE_MONEY", "initiatives.notice.answer.MORE_MONEY"));
		links.add(Link.to(page + "/call?answer=STOP", "initiatives.notice.answer.STOP"));
		links.add(Link.to(page, "initiatives.notice.link"));
		this.notifying.send(new Notice("initiative-at-risk:" + atRisk.id(), d.sponsor(), "initiative-at-risk",
				Text.of("initiatives.notice.atRisk.subject." + atRisk.measure(), d.title()), lines, links));
	}

	/**
	 * IT re-planned a promise (the sponsor's own re-plans and answers need no notice).
	 */
	void replanned(Initiative initiative, InitiativePromise old, InitiativePromise renewed, String by) {
		Decision d = initiative.decision();
		this.notifying.send(new Notice("initiative-replanned:" + renewed.id(), d.sponsor(), "initiative-replanned",
				Text.of("initiatives.notice.replanned.subject." + renewed.measure(), d.title()),
				List.of(Text.of("initiatives.notice.replanned.line", by,
						this.text.figure(old.measure(), old.promised(), true),
						this.text.figure(renewed.measure(), renewed.promised(), true), renewed.reason()),
						Text.of("initiatives.notice.replanned.kept")),
				List.of(Link.to("/initiatives/" + initiative.id(), "initiatives.notice.link"))));
	}

	void delivered(Initiative initiative) {
		Decision d = initiative.decision();
		this.notifying.send(new Notice("initiative-delivered:" + initiative.id(), d.sponsor(), "initiative-delivered",
				Text.of("initiatives.notice.delivered.subject", d.title()),
				List.of(Text.of("initiatives.notice.delivered.line", d.title(),
						this.text.instant(initiative.deliveredOn()))),
				List.of(Link.to("/initiatives/" + initiative.id() + "#value", "initiatives.notice.delivered.link"))));
	}

}
