package org.shopfront.ledger;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.shopfront.promises.PromiseAtRisk;
import org.shopfront.promises.PromiseClosed;
import org.shopfront.promises.PromiseMade;
import org.shopfront.promises.PromiseRecording;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Records every promise event of orders in the ledger: made, at risk, and its outcome
 * (kept, broken, renegotiated, cancelled). An order's promise is recorded in the order's
 * transaction ({@link PromiseRecording}); the other events, and a promise made later (a
 * renewal), through the event publication registry, so no event is lost between the
 * promise's transaction and the ledger's.
 */
@Component
class PromiseLedger implements PromiseRecording {

	static final String KIND = "order-promise";

	private final Ledger ledger;

	PromiseLedger(Ledger ledger) {
		this.ledger = ledger;
	}

	@Override
	public void made(PromiseMade made) {
		on(made);
	}

	@ApplicationModuleListener
	void on(PromiseMade made) {
		Map<String, Object> facts = new HashMap<>();
		facts.put("promise", id(made.promiseId()));
		facts.put("order", id(made.orderId()));
		facts.put("customer", id(made.customerId()));
		facts.put("what", made.what());
		facts.put("madeAt", made.madeAt());
		facts.put("due", made.due());
		facts.put("confidence", made.confidence());
		facts.put("sampleSize", made.sampleSize());
		facts.put("segment", made.segment());
		facts.put("evidence", made.evidence());
		facts.put("replaces", id(made.replaces()));
		this.ledger.record(LedgerRecord.of(KIND, id(made.promiseId()), "made", facts));
	}

	@ApplicationModuleListener
	void on(PromiseAtRisk atRisk) {
		Map<String, Object> facts = new HashMap<>();
		facts.put("promise", id(atRisk.promiseId()));
		facts.put("order", id(atRisk.orderId()));
		facts.put("due", atRisk.due());
		facts.put("newDue", atRisk.newDue());
		facts.put("reason", atRisk.reason());
		facts.put("chance", atRisk.chance());
		facts.put("at", atRisk.at());
		facts.put("flaggedBy", id(atRisk.flaggedBy()));
		facts.put("retold", atRisk.retold());
		this.ledger.record(LedgerRecord.of(KIND, id(atRisk.promiseId()), "at-risk", facts));
	}

	@ApplicationModuleListener
	void on(PromiseClosed closed) {
		Map<String, Object> facts = new HashMap<>();
		facts.put("promise", id(closed.promiseId()));
		facts.put("order", id(closed.orderId()));
		facts.put("outcome", closed.outcome());
		facts.put("due", closed.due());
		facts.put("closedAt", closed.closedAt());
		facts.put("warnedAt", closed.warnedAt());
		String event = closed.outcome().name().toLowerCase(Locale.ROOT);
		this.ledger.record(LedgerRecord.of(KIND, id(closed.promiseId()), event, facts));
	}

	/**
	 * An id as the ledger writes it: its text (every id type prints its UUID), or null.
	 */
	private static String id(Object id) {
		return Objects.toString(id, null);
	}

}
