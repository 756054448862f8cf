package org.shopfront.ledger;

import java.util.HashMap;
import java.util.Map;

import org.shopfront.painpoints.ImprovementDone;
import org.shopfront.painpoints.ImprovementPromised;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Records the promises IT makes to the business about its pain points in the ledger: an
 * improvement promised (with its owner and date), and kept or broken when it is done.
 */
@Component
class ImprovementLedger {

	static final String KIND = "improvement";

	private final Ledger ledger;

	ImprovementLedger(Ledger ledger) {
		this.ledger = ledger;
	}

	@ApplicationModuleListener
	void on(ImprovementPromised promised) {
		Map<String, Object> facts = new HashMap<>();
		facts.put("improvement", promised.improvement().value().toString());
		facts.put("painPoint", promised.painPoint().value().toString());
		facts.put("painPointLabel", promised.painPointLabel());
		facts.put("what", promised.title());
		facts.put("owner", promised.owner());
		facts.put("promisedOn", promised.promisedOn().toString());
		facts.put("madeAt", promised.at());
		this.ledger.record(LedgerRecord.of(KIND, promised.improvement().value().toString(), "made", facts));
	}

	@ApplicationModuleListener
	void on(ImprovementDone done) {
		Map<String, Object> facts = new HashMap<>();
		facts.put("improvement", done.improvement().value().toString());
		facts.put("painPoint", done.painPoint().value().toString());
		facts.put("promisedOn", done.promisedOn().toString());
		facts.put("doneOn", done.doneOn().toString());
		facts.put("at", done.at());
		this.ledger.record(
				LedgerRecord.of(KIND, done.improvement().value().toString(), done.kept() ? "kept" : "broken", facts));
	}

}
