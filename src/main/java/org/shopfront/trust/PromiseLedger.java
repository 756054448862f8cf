package org.shopfront.trust;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.shopfront.promises.PromiseAtRisk;
import org.shopfront.promises.PromiseClosed;
import org.shopfront.promises.PromiseMade;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Records every promise event of orders in the ledger: made, at risk, and its outcome
 * (kept, broken, renegotiated, cancelled). Driven by the event publication registry, so
 * no event is lost between the promise's transaction and the ledger's.
 */
@Component
class PromiseLedger {

	static final String KIND = "order-promise";

	private final Ledger ledger;

	PromiseLedger(Ledger ledger) {
		this.ledger = ledger;
	}

	@ApplicationModuleListener
	void on(PromiseMade made) {
		Map<String, Object> facts = new HashMap<>();
		facts.put("promise", made.promiseId().value().toString());
		facts.put("order", made.orderId().value().toString());
		facts.put("customer", made.customerId().value().toString());
		facts.put("what", made.what());
		facts.put("madeAt", made.madeAt());
		facts.put("due", made.due());
		facts.put("confidence", made.confidence());
		facts.put("sampleSize", made.sampleSize());
		facts.put("segment", made.segment());
		facts.put("evidence", made.evidence());
		facts.put("replaces", (made.replaces() != null) ? made.replaces().value().toString() : null);
		this.ledger.record(LedgerRecord.of(KIND, made.promiseId().value().toString(), "made", facts));
	}

	@ApplicationModuleListener
	void on(PromiseAtRisk atRisk) {
		Map<String, Object> facts = new HashMap<>();
		facts.put("promise", atRisk.promiseId().value().toString());
		facts.put("order", atRisk.orderId().value().toString());
		facts.put("due", atRisk.due());
		facts.put("newDue", atRisk.newDue());
		facts.put("reason", atRisk.reason());
		facts.put("chance", atRisk.chance());
		facts.put("at", atRisk.at());
		facts.put("flaggedBy", (atRisk.flaggedBy() != null) ? atRisk.flaggedBy().value().toString() : null);
		facts.put("retold", atRisk.retold());
		this.ledger.record(LedgerRecord.of(KIND, atRisk.promiseId().value().toString(), "at-risk", facts));
	}

	@ApplicationModuleListener
	void on(PromiseClosed closed) {
		Map<String, Object> facts = new HashMap<>();
		facts.put("promise", closed.promiseId().value().toString());
		facts.put("order", closed.orderId().value().toString());
		facts.put("outcome", closed.outcome());
		facts.put("due", closed.due());
		facts.put("closedAt", closed.closedAt());
		facts.put("warnedAt", closed.warnedAt());
		String event = closed.outcome().name().toLowerCase(Locale.ROOT);
		this.ledger.record(LedgerRecord.of(KIND, closed.promiseId().value().toString(), event, facts));
	}

}
