package org.shopfront.shadowit;

import java.util.List;

import org.shopfront.catalog.NeedOption;
import org.shopfront.notify.Notice;
import org.shopfront.notify.Notice.Link;
import org.shopfront.notify.Notice.Text;
import org.shopfront.notify.Notifying;
import org.shopfront.people.UserId;
import org.shopfront.shadowit.matching.Vendor;

import org.springframework.stereotype.Component;

/** The message proposing the store's alternative to a vendor, sent through notify. */
@Component
class ProposalNotices {

	static final String KIND = "shadow-it-alternative";

	private final Notifying notifying;

	ProposalNotices(Notifying notifying) {
		this.notifying = notifying;
	}

	void send(VendorAction action, UserId recipient, Vendor vendor, NeedOption option) {
		this.notifying.send(new Notice(KIND + ":" + action.id(), recipient, KIND,
				Text.of("notify.shadowit.alternative.subject", vendor.name()),
				List.of(Text.of("notify.shadowit.alternative.line", vendor.name(), action.unit(), option.needTitle()),
						Text.of("notify.shadowit.alternative.option", option.offeringTitle(), option.providerName(),
								option.oneOffPrice().toPlainString(), option.monthlyPrice().toPlainString())),
				List.of(Link.to(option.comparisonPath(), "notify.shadowit.alternative.compare"))));
	}

}
