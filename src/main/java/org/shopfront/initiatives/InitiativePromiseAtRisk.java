package org.shopfront.initiatives;

import java.time.Instant;

import org.shopfront.people.UnitId;
import org.shopfront.people.UserId;

/**
 * An initiative's budget or date will probably break: from the spend and milestones so
 * far and the evidence of comparable projects, the watch projects {@code projected}
 * against {@code promised}, and the sponsor is called at {@code at}.
 */
public record InitiativePromiseAtRisk(InitiativePromiseId promiseId, InitiativeId initiativeId, String title,
		PromiseMeasure measure, UnitId unit, UserId sponsor, InitiativeFigure promised, InitiativeFigure projected,
		Instant at) {

	static InitiativePromiseAtRisk of(InitiativePromise p, Initiative initiative) {
		Decision d = initiative.decision();
		return new InitiativePromiseAtRisk(p.id(), initiative.id(), d.title(), p.measure(), d.unit(), d.sponsor(),
				p.promised(), p.projected(), p.atRiskAt());
	}

}
