package org.shopfront.initiatives;

import java.time.Instant;

import org.shopfront.catalog.ProviderId;
import org.shopfront.people.UnitId;
import org.shopfront.people.UserId;

/**
 * An initiative promised a budget, a date or a value to its sponsor's unit: when the
 * leader decided, or in a re-plan that {@code replaces} an earlier promise (which stays,
 * closed as renegotiated).
 *
 * @param provider the store's provider doing the work, or null
 * @param madeBy who re-planned, or null for the decision's own promise
 * @param reason why it was re-planned, or null
 * @param evidence whether the figure was widened from comparable past projects
 * @param confidence the share of comparable projects that stayed within such a figure
 * @param comparable how many past projects the figure rests on
 * @param segment which past projects were compared, or null
 */
public record InitiativePromiseMade(InitiativePromiseId promiseId, InitiativeId initiativeId, String title,
		PromiseMeasure measure, UnitId unit, ProviderId provider, UserId sponsor, InitiativeFigure promised,
		Instant madeAt, UserId madeBy, String reason, InitiativePromiseId replaces, boolean evidence, double confidence,
		int comparable, String segment) {

	static InitiativePromiseMade of(InitiativePromise p, Initiative initiative) {
		Decision d = initiative.decision();
		PromiseEvidence e = p.evidence();
		return new InitiativePromiseMade(p.id(), initiative.id(), d.title(), p.measure(), d.unit(), d.provider(),
				d.sponsor(), p.promised(), p.madeAt(), p.madeBy(), p.reason(), p.replaces(), e.evidence(),
				e.confidence(), e.comparable(), e.segment());
	}

}
