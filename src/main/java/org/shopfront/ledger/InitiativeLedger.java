package org.shopfront.ledger;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.shopfront.initiatives.InitiativeFigure;
import org.shopfront.initiatives.InitiativePromiseAtRisk;
import org.shopfront.initiatives.InitiativePromiseClosed;
import org.shopfront.initiatives.InitiativePromiseMade;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Records every promise event of initiatives in the ledger, in the same chain as orders'
 * promises: made (at the decision or in a re-plan that replaces an earlier one), at risk
 * (the sponsor called), and its outcome (kept, broken, renegotiated, cancelled). One
 * entry kind, {@value #KIND}, with the measure (budget, date, value) in the facts, so a
 * reader follows one promise by its subject whatever it promised.
 */
@Component
class InitiativeLedger {

	static final String KIND = "initiative-promise";

	private final Ledger ledger;

	InitiativeLedger(Ledger ledger) {
		this.ledger = ledger;
	}

	@ApplicationModuleListener
	void on(InitiativePromiseMade made) {
		Map<String, Object> facts = new HashMap<>();
		facts.put("promise", id(made.promiseId()));
		facts.put("initiative", id(made.initiativeId()));
		facts.put("measure", made.measure());
		facts.put("unit", id(made.unit()));
		facts.put("provider", id(made.provider()));
		facts.put("sponsor", id(made.sponsor()));
		facts.put("promised", figure(made.promised()));
		facts.put("madeAt", made.madeAt());
		facts.put("madeBy", id(made.madeBy()));
		facts.put("reason", made.reason());
		facts.put("replaces", id(made.replaces()));
		facts.put("evidence", made.evidence());
		facts.put("confidence", made.evidence() ? made.confidence() : null);
		facts.put("comparable", made.comparable());
		facts.put("segment", made.segment());
		this.ledger.record(LedgerRecord.of(KIND, id(made.promiseId()), "made", facts));
	}

	@ApplicationModuleListener
	void on(InitiativePromiseAtRisk atRisk) {
		Map<String, Object> facts = new HashMap<>();
		facts.put("promise", id(atRisk.promiseId()));
		facts.put("initiative", id(atRisk.initiativeId()));
		facts.put("measure", atRisk.measure());
		facts.put("promised", figure(atRisk.promised()));
		facts.put("projected", figure(atRisk.projected()));
		facts.put("at", atRisk.at());
		this.ledger.record(LedgerRecord.of(KIND, id(atRisk.promiseId()), "at-risk", facts));
	}

	@ApplicationModuleListener
	void on(InitiativePromiseClosed closed) {
		Map<String, Object> facts = new HashMap<>();
		facts.put("promise", id(closed.promiseId()));
		facts.put("initiative", id(closed.initiativeId()));
		facts.put("measure", closed.measure());
		facts.put("unit", id(closed.unit()));
		facts.put("provider", id(closed.provider()));
		facts.put("outcome", closed.outcome());
		facts.put("promised", figure(closed.promised()));
		facts.put("actual", figure(closed.actual()));
		facts.put("due", closed.due());
		facts.put("closedAt", closed.closedAt());
		facts.put("warnedAt", closed.warnedAt());
		facts.put("replaces", id(closed.replaces()));
		facts.put("note", closed.note());
		String event = closed.outcome().name().toLowerCase(Locale.ROOT);
		this.ledger.record(LedgerRecord.of(KIND, id(closed.promiseId()), event, facts));
	}

	/**
	 * A figure as the ledger writes it: the amount with its currency, the day, the
	 * target's figure with its unit (whichever apply), or null when there is none.
	 */
	private static Map<String, Object> figure(InitiativeFigure figure) {
		if (figure == null || figure.isEmpty()) {
			return null;
		}
		Map<String, Object> facts = new HashMap<>();
		if (figure.money() != null) {
			facts.put("amount", figure.money().amount());
			facts.put("currency", figure.money().currency().getCurrencyCode());
		}
		facts.put("date", (figure.date() != null) ? figure.date().toString() : null);
		facts.put("target", figure.target());
		facts.put("figure", figure.figure());
		facts.put("unit", figure.unit());
		return facts;
	}

	private static String id(Object id) {
		return Objects.toString(id, null);
	}

}
